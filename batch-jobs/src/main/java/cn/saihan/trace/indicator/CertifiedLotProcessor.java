package cn.saihan.trace.indicator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.saihan.trace.certification.Certification;
import cn.saihan.trace.certification.CertificationRule;
import cn.saihan.trace.certification.Certifications;

/**
 * Decides per lot which types it counts as certified of, by the same {@link CertificationRule} the
 * lot API uses. The registry's certifications and producers' towns are few, so they are read once
 * per step run and kept in memory instead of being joined to every lot.
 */
class CertifiedLotProcessor implements ItemProcessor<LotValue, CertifiedLot> {

	private final Map<Long, List<Certification>> heldByProducer;

	private final Map<Long, String> townOfProducer;

	CertifiedLotProcessor(Certifications certifications, JdbcClient jdbc) {
		this.heldByProducer = certifications.findAll().stream()
			.collect(Collectors.groupingBy(Certification::getProducerId));
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
		return new CertifiedLot(town, lot.productCode(), lot.valueYuan(), CertificationRule.certifiedTypes(
				heldByProducer.getOrDefault(lot.producerId(), List.of()), lot.productCode(), lot.harvestDate()));
	}

	/**
	 * A recalled lot's value stays in a registered-lots denominator (it was harvested), but it counts
	 * towards no share: food recalled is no green or organic output.
	 */
	private static CertifiedLot recalledCountsAsCertifiedOfNothing(String town, LotValue lot) {
		return new CertifiedLot(town, lot.productCode(), lot.valueYuan(), Set.of());
	}
}
