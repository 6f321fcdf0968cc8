package cn.saihan.trace.label;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import cn.saihan.trace.recall.LotStatusChanged;
import cn.saihan.trace.recall.StatusAction;
import cn.saihan.trace.transformation.RecallScans;

/**
 * A recall's effectiveness without a row per scan: when a lot is recalled, each of its labels' scan
 * count is noted in the recall's transaction; scans since are the count now less the one noted. The
 * scan path is untouched (its one atomic update of the label's count).
 */
@Component
class RecallScanCounts implements RecallScans {

	private final NamedParameterJdbcTemplate named;

	RecallScanCounts(JdbcTemplate jdbc) {
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Notes the scan counts of the labels of every lot a recall reached; a lot recalled before keeps its note. */
	@EventListener
	void on(LotStatusChanged changed) {
		if (changed.action() != StatusAction.RECALL) {
			return;
		}
		for (List<String> part : parts(changed.lotCodes())) {
			named.update("""
					INSERT INTO label_recall_scan (label_id, scans_at_recall, recalled_at)
					SELECT l.id, l.scan_count, :at FROM label l
					WHERE l.lot_code IN (:codes)
					AND NOT EXISTS (SELECT 1 FROM label_recall_scan s WHERE s.label_id = l.id)""",
					Map.of("at", Timestamp.from(changed.at()), "codes", part));
		}
	}

	@Override
	public SinceRecall of(Collection<String> lotCodes) {
		long scans = 0;
		long labels = 0;
		for (List<String> part : parts(new ArrayList<>(lotCodes))) {
			Map<String, Object> row = named.queryForMap("""
					SELECT COALESCE(SUM(l.scan_count - s.scans_at_recall), 0) AS scans,
					       COUNT(CASE WHEN l.scan_count > s.scans_at_recall THEN 1 END) AS labels
					FROM label l JOIN label_recall_scan s ON s.label_id = l.id
					WHERE l.lot_code IN (:codes)""", Map.of("codes", part));
			scans += ((Number) row.get("scans")).longValue();
			labels += ((Number) row.get("labels")).longValue();
		}
		return new SinceRecall(scans, labels);
	}

	private static List<List<String>> parts(List<String> codes) {
		List<List<String>> parts = new ArrayList<>();
		for (int from = 0; from < codes.size(); from += 1000) {
			parts.add(codes.subList(from, Math.min(codes.size(), from + 1000)));
		}
		return parts;
	}
}
