package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.saihan.trace.certification.Certification;
import cn.saihan.trace.certification.CertificationRule;
import cn.saihan.trace.certification.CertificationType;

/**
 * The allocation of spec §2.9, lot by lot in the order they were registered: a lot certified of a type
 * (by {@link CertificationRule}) draws on its certifications of that type in order of
 * {@code validFrom}, then certificate number, each giving what is left of its approved output for the
 * lot's product in the certificate year of the harvest, until the lot's quantity is covered; a
 * certification without an approved output for the product covers whatever is still needed. What
 * none covers is over the approved output. It holds the running totals of what was drawn, so a lot
 * is one look-up and one update; the caller loads the totals the lots may touch and stores them after.
 */
final class ApprovedOutputAllocation {

	/** A certification's approved output for one product in one certificate year. */
	record Period(long certificationId, String productCode, int certificateYear) {
	}

	/** What was drawn on a period and what lots asked beyond it. */
	static final class Totals {

		BigDecimal drawnKg;

		BigDecimal overKg;

		final boolean stored;

		Totals(BigDecimal drawnKg, BigDecimal overKg, boolean stored) {
			this.drawnKg = drawnKg;
			this.overKg = overKg;
			this.stored = stored;
		}
	}

	/** What one lot drew on one period. */
	record Draw(long lotId, Period period, BigDecimal drawnKg, BigDecimal overKg) {
	}

	/** The lot's outcome for one type. */
	record Outcome(long lotId, CertificationType type, CertifiedQuantity quantity) {
	}

	private static final Comparator<Certification> DRAWING_ORDER = Comparator
		.comparing(Certification::getValidFrom)
		.thenComparing(Certification::getCertificateNo);

	private final Map<Period, Totals> totals;

	private final List<Draw> draws = new ArrayList<>();

	private final List<Outcome> outcomes = new ArrayList<>();

	ApprovedOutputAllocation(Map<Period, Totals> totals) {
		this.totals = new HashMap<>(totals);
	}

	/**
	 * Allocates one lot of its producer's certifications, for the given types only.
	 *
	 * @param held every certification of the lot's producer
	 */
	void allocate(long lotId, String productCode, LocalDate harvestDate, BigDecimal quantityKg,
			Collection<Certification> held, Set<CertificationType> types) {
		Map<CertificationType, List<Certification>> certifying = new EnumMap<>(CertificationType.class);
		for (Certification certification : held) {
			if (types.contains(certification.getType())
					&& CertificationRule.certifies(certification, productCode, harvestDate)) {
				certifying.computeIfAbsent(certification.getType(), type -> new ArrayList<>()).add(certification);
			}
		}
		certifying.forEach((type, certifications) -> {
			certifications.sort(DRAWING_ORDER);
			BigDecimal needed = quantityKg;
			Period last = null;
			for (Certification certification : certifications) {
				Optional<BigDecimal> approved = certification.approvedOutputOf(productCode);
				if (approved.isEmpty()) {
					needed = BigDecimal.ZERO;
					break;
				}
				last = new Period(certification.getId(), productCode, certification.yearOf(harvestDate).index());
				Totals period = totals.computeIfAbsent(last,
						p -> new Totals(BigDecimal.ZERO, BigDecimal.ZERO, false));
				BigDecimal left = approved.get().subtract(period.drawnKg).max(BigDecimal.ZERO);
				BigDecimal drawn = needed.min(left);
				period.drawnKg = period.drawnKg.add(drawn);
				needed = needed.subtract(drawn);
				boolean lastOne = needed.signum() == 0 || certification == certifications.get(certifications.size() - 1);
				BigDecimal over = lastOne ? needed : BigDecimal.ZERO;
				period.overKg = period.overKg.add(over);
				draws.add(new Draw(lotId, last, drawn, over));
				if (needed.signum() == 0) {
					break;
				}
			}
			outcomes.add(new Outcome(lotId, type, new CertifiedQuantity(quantityKg.subtract(needed), needed)));
		});
	}

	Map<Period, Totals> totals() {
		return totals;
	}

	List<Draw> draws() {
		return draws;
	}

	List<Outcome> outcomes() {
		return outcomes;
	}
}
