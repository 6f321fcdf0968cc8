package cn.saihan.trace.recall;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.saihan.trace.lot.LotStatus;

/**
 * The holds in force ({@code lot_hold}: one row per lot and cause) and the status they give each lot
 * ({@code lot.status}). Every write is one set statement per thousand lots
 * (an {@code IN} list) or a JDBC batch, so that a hold reaching a thousand lots is a handful of round trips.
 */
@Repository
class LotHolds {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	LotHolds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Whether the lot's own hold (not one reaching it from upstream) is in force. */
	boolean heldBy(long lotId, long causeLotId) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"SELECT COUNT(*) > 0 FROM lot_hold WHERE lot_id = ? AND cause_lot_id = ?", Boolean.class, lotId,
				causeLotId));
	}

	/** The status as stored now, read past the persistence context that may hold the lot from before. */
	LotStatus statusOf(long lotId) {
		return LotStatus.valueOf(jdbc.queryForObject("SELECT status FROM lot WHERE id = ?", String.class, lotId));
	}

	/** Puts the hold of {@code causeLotId} on these lots; an ACTIVE lot among them becomes HELD. */
	void hold(List<Long> lotIds, long causeLotId, String reason, Instant at, String by) {
		insert(lotIds, causeLotId, "HOLD", reason, at, by);
		setStatus(lotIds, LotStatus.HELD, "status = 'ACTIVE'", reason, at);
	}

	/** Puts the recall of {@code causeLotId} on these lots in place of its hold, if any: they are RECALLED. */
	void recall(List<Long> lotIds, long causeLotId, String reason, Instant at, String by) {
		jdbc.update("DELETE FROM lot_hold WHERE cause_lot_id = ?", causeLotId);
		insert(lotIds, causeLotId, "RECALL", reason, at, by);
		setStatus(lotIds, LotStatus.RECALLED, "status <> 'RECALLED'", reason, at);
	}

	/**
	 * Lifts the hold of {@code causeLotId} from every lot it lies on, and answers those lots: each with no
	 * other hold becomes ACTIVE; one still held by another cause stays HELD with that hold's reason.
	 */
	List<Long> release(long causeLotId, String reason, Instant at) {
		List<Long> lotIds = jdbc.queryForList(
				"SELECT lot_id FROM lot_hold WHERE cause_lot_id = ? AND kind = 'HOLD' ORDER BY lot_id", Long.class,
				causeLotId);
		jdbc.update("DELETE FROM lot_hold WHERE cause_lot_id = ? AND kind = 'HOLD'", causeLotId);
		setStatus(lotIds, LotStatus.ACTIVE,
				"status = 'HELD' AND NOT EXISTS (SELECT 1 FROM lot_hold h WHERE h.lot_id = lot.id)", reason, at);
		List<Object[]> stillHeld = new ArrayList<>();
		for (List<Long> part : parts(lotIds)) {
			named.query("""
					SELECT h.lot_id, h.reason FROM lot_hold h JOIN lot l ON l.id = h.lot_id
					WHERE h.lot_id IN (:ids) AND l.status = 'HELD' ORDER BY h.lot_id, h.placed_at""",
					Map.of("ids", part), row -> {
						stillHeld.add(new Object[] { row.getString("reason"), row.getLong("lot_id") });
					});
		}
		// The latest of the remaining holds names the reason: rows come oldest first, so the last one wins.
		jdbc.batchUpdate("UPDATE lot SET status_reason = ? WHERE id = ?", stillHeld);
		return lotIds;
	}

	/**
	 * The lots held or recalled now, the latest change first, at most {@code limit}; read through the
	 * holds in force, which are few, never by scanning every lot's status.
	 */
	List<InForce> inForce(String townCode, String productCode, int limit) {
		return named.query("""
				SELECT l.lot_code, l.product_code, p.id AS producer_id, p.name AS producer_name, p.town_code,
				       l.status, l.status_reason, l.status_since
				FROM (SELECT DISTINCT lot_id FROM lot_hold) h
				JOIN lot l ON l.id = h.lot_id JOIN producer p ON p.id = l.producer_id
				WHERE (CAST(:town AS VARCHAR(40)) IS NULL OR p.town_code = :town)
				  AND (CAST(:product AS VARCHAR(40)) IS NULL OR l.product_code = :product)
				ORDER BY l.status_since DESC, l.id DESC
				FETCH FIRST :limit ROWS ONLY""", parameters(townCode, productCode, limit), (row, n) -> new InForce(row.getString("lot_code"), row.getString("product_code"), row.getLong("producer_id"),
				row.getString("producer_name"), row.getString("town_code"), LotStatus.valueOf(row.getString("status")),
				row.getString("status_reason"),
				row.getTimestamp("status_since") == null ? null : row.getTimestamp("status_since").toInstant()));
	}

	private static Map<String, Object> parameters(String townCode, String productCode, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("town", townCode);
		parameters.put("product", productCode);
		parameters.put("limit", limit);
		return parameters;
	}

	/** The codes of these lots, in the order of their ids. */
	List<String> codesOf(List<Long> lotIds) {
		List<String> codes = new ArrayList<>(lotIds.size());
		for (List<Long> part : parts(lotIds)) {
			codes.addAll(named.queryForList("SELECT lot_code FROM lot WHERE id IN (:ids) ORDER BY id",
					Map.of("ids", part), String.class));
		}
		return codes;
	}

	/** The lot's status, its reason and since when, as stored now. */
	Current currentOf(long lotId) {
		return jdbc.queryForObject("SELECT status, status_reason, status_since FROM lot WHERE id = ?",
				(row, n) -> new Current(LotStatus.valueOf(row.getString("status")), row.getString("status_reason"),
						row.getTimestamp("status_since") == null ? null : row.getTimestamp("status_since").toInstant()),
				lotId);
	}

	record Current(LotStatus status, String reason, Instant since) {
	}

	private void insert(List<Long> lotIds, long causeLotId, String kind, String reason, Instant at, String by) {
		for (List<Long> part : parts(lotIds)) {
			named.update("""
					INSERT INTO lot_hold (lot_id, cause_lot_id, kind, reason, placed_at, placed_by)
					SELECT id, :cause, :kind, :reason, :at, :by FROM lot WHERE id IN (:ids)""",
					Map.of("cause", causeLotId, "kind", kind, "reason", reason, "at", Timestamp.from(at), "by", by,
							"ids", part));
		}
	}

	/**
	 * Sets the status of those of the lots that {@code condition} (SQL on {@code lot}) selects: a JDBC
	 * batch, each row found by its primary key.
	 */
	private void setStatus(List<Long> lotIds, LotStatus status, String condition, String reason, Instant at) {
		Timestamp when = Timestamp.from(at);
		jdbc.batchUpdate("UPDATE lot SET status = ?, status_reason = ?, status_since = ? WHERE id = ? AND " + condition,
				lotIds.stream().map(lotId -> new Object[] { status.name(), reason, when, lotId }).toList());
	}

	/** Lists of ids in parts, so that no {@code IN} list grows past what every database takes. */
	private static List<List<Long>> parts(List<Long> ids) {
		List<List<Long>> parts = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			parts.add(ids.subList(from, Math.min(ids.size(), from + 1000)));
		}
		return parts;
	}
}
