package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.lot.CertifiedQuantity;

/**
 * Decides per lot what it counts as certified of, from the certified quantities the registry keeps
 * for the lot view too (spec §2.9: the same allocation, so the two can never disagree): its certified
 * value of each type is {@link CertifiedQuantity#valueOf}. This is the one place a lot is classified:
 * a rule that takes a lot's certification away (such as a recall) is a line in {@link #process}. The
 * producers' towns are few, so they are read once per step run and kept in memory.
 */
class CertifiedLotProcessor implements ItemProcessor<LotValue, CertifiedLot> {

	private final Map<Long, String> townOfProducer;

	CertifiedLotProcessor(JdbcClient jdbc) {
		this.townOfProducer = jdbc.sql("select id, town_code from producer")
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Override
	public CertifiedLot process(LotValue lot) {
		String town = townOfProducer.get(lot.producerId());
		if (town == null) {
			throw new IllegalStateException("Lot " + lot.id() + " belongs to an unknown producer " + lot.producerId());
		}
		if (lot.recalled()) {
			return recalledCountsAsCertifiedOfNothing(town, lot);
		}
		Map<CertificationType, BigDecimal> certifiedValue = new EnumMap<>(CertificationType.class);
		lot.certifiedKg().forEach((type, kg) -> {
			if (kg.signum() > 0) {
				certifiedValue.put(type,
						CertifiedQuantity.valueOf(kg, lot.quantityKg(), lot.unitPriceYuan(), lot.valueYuan()));
			}
		});
		boolean claimedGreenOrOrganic = lot.certifiedKg().containsKey(CertificationType.GREEN)
				|| lot.certifiedKg().containsKey(CertificationType.ORGANIC);
		return new CertifiedLot(town, lot.productCode(), lot.valueYuan(), certifiedValue, claimedGreenOrOrganic);
	}

	/**
	 * A recalled lot's value stays in a registered-lots denominator (it was harvested), but it counts
	 * towards no share, nor is it over any approved output: food recalled is no green or organic output.
	 */
	private static CertifiedLot recalledCountsAsCertifiedOfNothing(String town, LotValue lot) {
		return new CertifiedLot(town, lot.productCode(), lot.valueYuan(), Map.of(), false);
	}
}
