package cn.saihan.trace.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Inspections' report files, in the database beside their events (one per event, never replaced:
 * events are append-only, and a corrected report comes with the event that corrects). Plain JDBC:
 * the views read only what describes a file, and only a download reads its bytes.
 */
@Repository
class InspectionReports {

	private final JdbcClient jdbc;

	InspectionReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long eventId, InspectionReport report, byte[] content, String attachedBy, Instant at) {
		jdbc.sql("""
				insert into inspection_report (event_id, media_type, size_bytes, sha256, content, attached_by, attached_at)
				values (:eventId, :mediaType, :size, :sha256, :content, :by, :at)""")
			.param("eventId", eventId)
			.param("mediaType", report.mediaType())
			.param("size", report.sizeBytes())
			.param("sha256", report.sha256())
			.param("content", content)
			.param("by", attachedBy)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	boolean exists(long eventId) {
		return jdbc.sql("select count(*) from inspection_report where event_id = ?").param(eventId)
			.query(Long.class).single() > 0;
	}

	/** What describes the reports of these events, without their bytes. */
	Map<Long, InspectionReport> describe(Collection<Long> eventIds) {
		Map<Long, InspectionReport> found = new HashMap<>();
		if (eventIds.isEmpty()) {
			return found;
		}
		jdbc.sql("select event_id, media_type, size_bytes, sha256 from inspection_report where event_id in (:ids)")
			.param("ids", eventIds)
			.query(row -> {
				found.put(row.getLong("event_id"), new InspectionReport(ReportFormat.ofMediaType(row.getString("media_type")),
						row.getLong("size_bytes"), row.getString("sha256")));
			});
		return found;
	}

	Optional<ReportFile> read(long eventId) {
		return jdbc.sql("select media_type, content from inspection_report where event_id = ?").param(eventId)
			.query((row, n) -> new ReportFile(ReportFormat.ofMediaType(row.getString("media_type")),
					row.getBytes("content")))
			.optional();
	}

	/** A report's file as it is served. */
	public record ReportFile(ReportFormat format, byte[] content) {
	}
}
