package cn.saihan.trace.brand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.town.Town;
import cn.saihan.trace.town.TownService;

/**
 * What the district map shows of each town: its lots' output in a year (harvests only: merged or
 * repacked lots are no new output), the brands whose origin area includes it, the advantage zones
 * that span it and its villages' designated products. One query per kind for the whole district.
 */
@Component
public class DistrictMap {

	private final JdbcClient jdbc;

	private final TownService towns;

	private final BrandService brands;

	private final ZoneService zones;

	DistrictMap(JdbcClient jdbc, TownService towns, BrandService brands, ZoneService zones) {
		this.jdbc = jdbc;
		this.towns = towns;
		this.brands = brands;
		this.zones = zones;
	}

	/** One town on the map. */
	public record TownOnMap(Town town, BigDecimal outputYuan, List<Brand> brands, List<Zone> zones,
			List<VillageSpecialty> specialties) {
	}

	/** The district in a year, town by town in the registry's order. */
	@Transactional(readOnly = true)
	public List<TownOnMap> of(int year) {
		Map<String, BigDecimal> output = new HashMap<>();
		jdbc.sql("""
				select p.town_code, sum(l.value_yuan) as output
				from lot l join producer p on p.id = l.producer_id
				where l.harvest_date >= :from and l.harvest_date < :to and l.origin = 'HARVEST'
				group by p.town_code""")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query(row -> {
				output.put(row.getString("town_code"), row.getBigDecimal("output"));
			});
		List<Brand> allBrands = brands.all();
		List<Zone> allZones = zones.all();
		List<VillageSpecialty> allSpecialties = zones.specialties();
		return towns.all().stream()
			.map(town -> new TownOnMap(town, output.getOrDefault(town.getCode(), BigDecimal.ZERO),
					allBrands.stream().filter(b -> b.getOriginTowns().contains(town.getCode())).toList(),
					allZones.stream().filter(z -> z.getTowns().contains(town.getCode())).toList(),
					allSpecialties.stream().filter(s -> s.townCode().equals(town.getCode())).toList()))
			.toList();
	}
}
