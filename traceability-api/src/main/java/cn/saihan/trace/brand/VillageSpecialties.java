package cn.saihan.trace.brand;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** "One village, one product" (一村一品): each village's designated product, replaced when redesignated. */
@Repository
class VillageSpecialties {

	private final JdbcClient jdbc;

	VillageSpecialties(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void designate(VillageSpecialty specialty, Instant at, String by) {
		jdbc.sql("delete from village_specialty where town_code = ? and village = ?")
			.params(specialty.townCode(), specialty.village()).update();
		jdbc.sql("""
				insert into village_specialty (town_code, village, product_code, designated_at, designated_by)
				values (:town, :village, :product, :at, :by)""")
			.param("town", specialty.townCode())
			.param("village", specialty.village())
			.param("product", specialty.productCode())
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.update();
	}

	List<VillageSpecialty> all() {
		return jdbc.sql("select town_code, village, product_code from village_specialty order by town_code, village")
			.query((row, n) -> new VillageSpecialty(row.getString("town_code"), row.getString("village"),
					row.getString("product_code")))
			.list();
	}
}
