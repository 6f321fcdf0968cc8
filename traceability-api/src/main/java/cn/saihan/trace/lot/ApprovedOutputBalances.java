package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.certification.CertificateYear;
import cn.saihan.trace.certification.Certification;
import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.certification.CertificationService;
import cn.saihan.trace.system.Csv;

/**
 * What the allocation (spec §2.9) tells the bureau and the producer: each certification's balance per
 * product and certificate year, and the lots of a year that lie beyond their approved output.
 */
@Service
public class ApprovedOutputBalances {

	private final CertificationService certifications;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ApprovedOutputBalances(CertificationService certifications, JdbcTemplate jdbc, Clock clock) {
		this.certifications = certifications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A certification's balance: one period per product with an approved output and certificate year. */
	public record Balance(long certificationId, long producerId, CertificationType type, String certificateNo,
			List<Period> periods) {

		/** The periods that hold a day: what a lot harvested that day would draw on. */
		public List<Period> on(LocalDate day) {
			return periods.stream()
				.filter(p -> !day.isBefore(p.from()) && (p.to() == null || !day.isAfter(p.to())))
				.toList();
		}
	}

	/**
	 * @param to the period's last day (inclusive); {@code null} only in an open-ended GI's years
	 * @param drawnKg what lots drew on it
	 * @param overKg what lots it certifies asked beyond it (and beyond every other certification of the type)
	 */
	public record Period(String productCode, int certificateYear, LocalDate from, LocalDate to, BigDecimal approvedKg,
			BigDecimal drawnKg, BigDecimal remainingKg, BigDecimal overKg) {
	}

	/** A lot of the year beyond its approved output. */
	public record OverApprovedLot(String lotCode, long producerId, String productCode, CertificationType type,
			BigDecimal overKg) {
	}

	@Transactional(readOnly = true)
	public Balance of(long certificationId) {
		return of(certifications.get(certificationId));
	}

	/** The balances of a producer's certifications (those with an approved output), by certification id. */
	@Transactional(readOnly = true)
	public Map<Long, Balance> ofProducer(long producerId) {
		Map<Long, Balance> balances = new TreeMap<>();
		for (Certification certification : certifications.ofProducer(producerId)) {
			if (!certification.getApprovedOutput().isEmpty()) {
				balances.put(certification.getId(), of(certification));
			}
		}
		return balances;
	}

	private Balance of(Certification certification) {
		Map<String, Map<Integer, BigDecimal[]>> totals = new HashMap<>();
		jdbc.query("""
				select product_code, certificate_year, drawn_kg, over_kg from approved_output_drawn
				where certification_id = ?""", rs -> {
			totals.computeIfAbsent(rs.getString(1), p -> new HashMap<>())
				.put(rs.getInt(2), new BigDecimal[] { rs.getBigDecimal(3), rs.getBigDecimal(4) });
		}, certification.getId());
		int lastYear = lastYear(certification, totals);
		List<Period> periods = new ArrayList<>();
		new TreeMap<>(certification.getApprovedOutput()).forEach((product, approved) -> {
			Map<Integer, BigDecimal[]> ofProduct = totals.getOrDefault(product, Map.of());
			for (int k = 0; k <= lastYear; k++) {
				CertificateYear year = CertificateYear.of(certification.getValidFrom(), certification.getValidTo(), k);
				BigDecimal[] drawnAndOver = ofProduct.getOrDefault(k, new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
				periods.add(new Period(product, k, year.from(), year.to(), approved, drawnAndOver[0],
						approved.subtract(drawnAndOver[0]).max(BigDecimal.ZERO), drawnAndOver[1]));
			}
		});
		return new Balance(certification.getId(), certification.getProducerId(), certification.getType(),
				certification.getCertificateNo(), periods);
	}

	/**
	 * The last certificate year to show: the one holding {@code validTo}; for a GI without one, the year
	 * holding today or the last a lot drew on, whichever is later.
	 */
	private int lastYear(Certification certification, Map<String, Map<Integer, BigDecimal[]>> totals) {
		if (certification.getValidTo() != null) {
			return certification.yearOf(certification.getValidTo()).index();
		}
		LocalDate today = LocalDate.now(clock);
		int last = today.isBefore(certification.getValidFrom()) ? 0 : certification.yearOf(today).index();
		for (Map<Integer, BigDecimal[]> years : totals.values()) {
			for (int k : years.keySet()) {
				last = Math.max(last, k);
			}
		}
		return last;
	}

	/** The lots harvested in a year that lie beyond their approved output, by harvest date, a page at a time. */
	@Transactional(readOnly = true)
	public Page<OverApprovedLot> overApproved(int year, Pageable pageable) {
		LocalDate from = LocalDate.of(year, 1, 1);
		long total = jdbc.queryForObject("""
				select count(*) from lot_certified c join lot l on l.id = c.lot_id
				where c.over_kg > 0 and l.harvest_date >= ? and l.harvest_date < ?""", Long.class, from,
				from.plusYears(1));
		List<OverApprovedLot> content = jdbc.query(OVER_APPROVED + " limit ? offset ?", (rs, row) -> overApproved(rs),
				from, from.plusYears(1), pageable.getPageSize(), pageable.getOffset());
		return new PageImpl<>(content, pageable, total);
	}

	/** Every lot of the year beyond its approved output, for the CSV. */
	@Transactional(readOnly = true)
	public List<OverApprovedLot> overApproved(int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		return jdbc.query(OVER_APPROVED, (rs, row) -> overApproved(rs), from, from.plusYears(1));
	}

	/** The columns of the CSV: Chinese for people, codes for programs. */
	static final List<String> CSV_HEADER = List.of("批次编号 lotCode", "生产主体 producerId", "产品 productCode",
			"认证类型 type", "认证类型名称 typeNameZh", "超出核准产量(公斤) overKg");

	/** The same list as a spreadsheet ({@link Csv}: UTF-8 with BOM, no cell read as a formula). */
	@Transactional(readOnly = true)
	public byte[] overApprovedCsv(int year) {
		return Csv.write(CSV_HEADER, overApproved(year).stream()
			.map(lot -> List.of(lot.lotCode(), Long.toString(lot.producerId()), lot.productCode(), lot.type().name(),
					lot.type().nameZh(), lot.overKg().stripTrailingZeros().toPlainString()))
			.toList());
	}

	private static final String OVER_APPROVED = """
			select l.lot_code, l.producer_id, l.product_code, c.cert_type, c.over_kg
			from lot_certified c join lot l on l.id = c.lot_id
			where c.over_kg > 0 and l.harvest_date >= ? and l.harvest_date < ?
			order by l.harvest_date, l.id, c.cert_type""";

	private static OverApprovedLot overApproved(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new OverApprovedLot(rs.getString(1), rs.getLong(2), rs.getString(3),
				CertificationType.valueOf(rs.getString(4)), rs.getBigDecimal(5));
	}
}
