package cn.saihan.trace.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.saihan.trace.certification.CertificationType;

/**
 * Folds a chunk of certified lots into sums per town and product and stores them in the chunk's
 * transaction. A chunk of thousands of lots becomes at most towns × products rows, and the result
 * step adds those up in SQL. When the step (re)starts, the sums an interrupted attempt of the same
 * run left behind are removed first, so that no lot is ever counted twice.
 */
class PartialSumsWriter implements ItemWriter<CertifiedLot>, ItemStream {

	private static final String INSERT = """
			insert into indicator12_partial_sum (job_instance_id, stat_year, town_code, product_code, lot_count,
			    value_yuan, green_organic_value_yuan, sanpin_value_yuan, green_value_yuan, organic_value_yuan,
			    gi_value_yuan, pollution_free_value_yuan, mingteyouxin_value_yuan, green_organic_specialty_value_yuan,
			    over_approved_value_yuan)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final long jobInstanceId;

	private final int year;

	PartialSumsWriter(JdbcTemplate jdbc, long jobInstanceId, int year) {
		this.jdbc = jdbc;
		this.jobInstanceId = jobInstanceId;
		this.year = year;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		jdbc.update("delete from indicator12_partial_sum where job_instance_id = ?", jobInstanceId);
	}

	@Override
	public void write(Chunk<? extends CertifiedLot> chunk) {
		Map<List<String>, Sums> sums = new LinkedHashMap<>();
		for (CertifiedLot lot : chunk) {
			sums.computeIfAbsent(List.of(lot.townCode(), lot.productCode()), key -> new Sums()).add(lot);
		}
		List<Object[]> rows = new ArrayList<>(sums.size());
		sums.forEach((key, s) -> rows.add(new Object[] { jobInstanceId, year, key.get(0), key.get(1), s.lots,
				s.value, s.greenOrganic, s.sanpin, s.green, s.organic, s.gi, s.pollutionFree, s.mingteyouxin,
				s.greenOrganicSpecialty, s.overApproved }));
		jdbc.batchUpdate(INSERT, rows);
	}

	private static final class Sums {

		long lots;

		BigDecimal value = BigDecimal.ZERO;

		BigDecimal greenOrganic = BigDecimal.ZERO;

		BigDecimal sanpin = BigDecimal.ZERO;

		BigDecimal green = BigDecimal.ZERO;

		BigDecimal organic = BigDecimal.ZERO;

		BigDecimal gi = BigDecimal.ZERO;

		BigDecimal pollutionFree = BigDecimal.ZERO;

		BigDecimal mingteyouxin = BigDecimal.ZERO;

		BigDecimal greenOrganicSpecialty = BigDecimal.ZERO;

		BigDecimal overApproved = BigDecimal.ZERO;

		void add(CertifiedLot lot) {
			lots++;
			value = value.add(lot.valueYuan());
			greenOrganic = greenOrganic.add(lot.greenOrOrganic());
			sanpin = sanpin.add(lot.sanpin());
			greenOrganicSpecialty = greenOrganicSpecialty.add(lot.greenOrganicSpecialty());
			overApproved = overApproved.add(lot.overApproved());
			// A lot certified of several types counts once for each of them, with its certified value of each.
			green = green.add(lot.valueOf(CertificationType.GREEN));
			organic = organic.add(lot.valueOf(CertificationType.ORGANIC));
			gi = gi.add(lot.valueOf(CertificationType.GI));
			pollutionFree = pollutionFree.add(lot.valueOf(CertificationType.POLLUTION_FREE));
			mingteyouxin = mingteyouxin.add(lot.valueOf(CertificationType.MINGTEYOUXIN));
		}
	}
}
