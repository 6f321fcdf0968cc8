package cn.saihan.trace.brand;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Brands' logos beside their brands in the database, one a brand, replaced whole. Plain JDBC: views
 * read only what describes a logo, and only a download reads its bytes.
 */
@Repository
class BrandLogos {

	private final JdbcClient jdbc;

	BrandLogos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replace(String brandCode, Logo logo, byte[] content, String by, Instant at) {
		jdbc.sql("delete from brand_logo where brand_code = ?").param(brandCode).update();
		jdbc.sql("""
				insert into brand_logo (brand_code, media_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
				values (:code, :mediaType, :size, :sha256, :content, :by, :at)""")
			.param("code", brandCode)
			.param("mediaType", logo.mediaType())
			.param("size", logo.sizeBytes())
			.param("sha256", logo.sha256())
			.param("content", content)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/** Every logo's description by brand code, without the bytes. */
	Map<String, Logo> describeAll() {
		Map<String, Logo> found = new HashMap<>();
		jdbc.sql("select brand_code, media_type, size_bytes, sha256 from brand_logo")
			.query(row -> {
				found.put(row.getString("brand_code"), new Logo(row.getString("brand_code"), row.getString("media_type"),
						row.getLong("size_bytes"), row.getString("sha256")));
			});
		return found;
	}

	Optional<LogoFile> read(String brandCode) {
		return jdbc.sql("select media_type, content from brand_logo where brand_code = ?").param(brandCode)
			.query((row, n) -> new LogoFile(LogoFormat.ofMediaType(row.getString("media_type")), row.getBytes("content")))
			.optional();
	}

	/** A logo's bytes as they are served. */
	record LogoFile(LogoFormat format, byte[] content) {
	}
}
