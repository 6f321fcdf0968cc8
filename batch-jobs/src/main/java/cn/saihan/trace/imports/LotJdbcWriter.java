package cn.saihan.trace.imports;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import cn.saihan.trace.audit.AuditTrail;
import cn.saihan.trace.event.TraceEvent;
import cn.saihan.trace.imports.ImportedLot.StoredLot;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.system.Sha256;

/**
 * Stores checked lots and their HARVESTED events with JDBC batches. Before writing, it looks up the
 * lot codes of the whole batch at once: a code already held by the same lot is a duplicate (the row
 * was imported before), one held by another lot is refused for a given code and moves a derived code
 * on to its next candidate.
 */
class LotJdbcWriter implements ItemWriter<ImportedLot> {

	private static final String INSERT_LOT = """
			insert into lot (lot_code, producer_id, product_code, harvest_date, quantity_kg, unit_price_yuan,
			    value_yuan, plot, village, compliance_basis, compliance_issued_on, registered_at, registered_by)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_EVENT = """
			insert into trace_event (lot_id, type, occurred_at, location, details, recorded_by, recorded_at)
			values (?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final LotImportTally tally;

	private final AuditTrail audit;

	private final String recordedBy;

	LotJdbcWriter(JdbcTemplate jdbc, LotImportTally tally, AuditTrail audit, String recordedBy) {
		this.jdbc = jdbc;
		this.tally = tally;
		this.audit = audit;
		this.recordedBy = recordedBy;
	}

	@Override
	public void write(Chunk<? extends ImportedLot> chunk) {
		List<ImportedLot> fresh = new ArrayList<>(chunk.size());
		Map<String, ImportedLot> inThisBatch = new HashMap<>();
		Map<String, StoredLot> stored = find(chunk.getItems().stream().map(ImportedLot::lotCode).toList());
		for (ImportedLot item : chunk) {
			ImportedLot candidate = item;
			while (true) {
				StoredLot holder = stored.get(candidate.lotCode());
				ImportedLot earlier = inThisBatch.get(candidate.lotCode());
				boolean taken = holder != null || earlier != null;
				if (!taken) {
					inThisBatch.put(candidate.lotCode(), candidate);
					fresh.add(candidate);
					break;
				}
				if (holder != null ? candidate.sameLotAs(holder) : candidate.sameLotAs(earlier)) {
					tally.duplicate();
					break;
				}
				if (!candidate.derivedCode()) {
					tally.error(candidate.line(), "lotCode: " + candidate.lotCode() + " is already registered for another lot");
					break;
				}
				candidate = candidate.nextCandidate();
				stored.putAll(find(List.of(candidate.lotCode())));
			}
		}
		insert(fresh);
		tally.written(fresh.size());
		if (!fresh.isEmpty()) {
			audit.record(recordedBy, "LOTS_IMPORTED", "import", importedContent(fresh));
		}
	}

	/**
	 * One audit entry per written batch rather than per lot: it names how many lots, the first and
	 * last code, and a digest of every code, so that the record can be checked against the lots.
	 */
	private static Map<String, Object> importedContent(List<ImportedLot> lots) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("count", lots.size());
		content.put("firstLotCode", lots.get(0).lotCode());
		content.put("lastLotCode", lots.get(lots.size() - 1).lotCode());
		content.put("valueYuan", lots.stream().map(item -> item.lot().getValueYuan())
			.reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString());
		content.put("lotCodesSha256", Sha256.hexOfLines(lots.stream().map(ImportedLot::lotCode).toList()));
		return content;
	}

	private Map<String, StoredLot> find(List<String> codes) {
		if (codes.isEmpty()) {
			return new HashMap<>();
		}
		String placeholders = String.join(",", Collections.nCopies(codes.size(), "?"));
		Map<String, StoredLot> found = new HashMap<>();
		jdbc.query("""
				select lot_code, producer_id, product_code, harvest_date, quantity_kg, unit_price_yuan, plot, village
				from lot where lot_code in (%s)""".formatted(placeholders), rs -> {
			found.put(rs.getString(1), new StoredLot(rs.getLong(2), rs.getString(3),
					rs.getObject(4, java.time.LocalDate.class), rs.getBigDecimal(5), rs.getBigDecimal(6),
					rs.getString(7), rs.getString(8)));
		}, codes.toArray());
		return found;
	}

	private void insert(List<ImportedLot> lots) {
		if (lots.isEmpty()) {
			return;
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(connection -> connection.prepareStatement(INSERT_LOT, new String[] { "id" }),
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						ImportedLot item = lots.get(i);
						Lot lot = item.lot();
						ps.setString(1, item.lotCode());
						ps.setLong(2, lot.getProducerId());
						ps.setString(3, lot.getProductCode());
						ps.setObject(4, lot.getHarvestDate());
						ps.setBigDecimal(5, lot.getQuantityKg());
						ps.setBigDecimal(6, lot.getUnitPriceYuan());
						ps.setBigDecimal(7, lot.getValueYuan());
						ps.setString(8, lot.getPlot());
						ps.setString(9, lot.getVillage());
						ps.setString(10, lot.getComplianceBasis().name());
						ps.setObject(11, lot.getComplianceIssuedOn());
						ps.setObject(12, utc(lot.getRegisteredAt()));
						ps.setString(13, lot.getRegisteredBy());
					}

					@Override
					public int getBatchSize() {
						return lots.size();
					}
				}, keys);
		List<Long> ids = keys.getKeyList().stream()
			.map(key -> ((Number) key.values().iterator().next()).longValue())
			.toList();
		tally.lotIds(ids);
		jdbc.batchUpdate(INSERT_EVENT, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				TraceEvent event = lots.get(i).harvest();
				ps.setLong(1, ids.get(i));
				ps.setString(2, event.getType().name());
				ps.setObject(3, event.getOccurredAt());
				ps.setString(4, event.getLocation());
				ps.setString(5, event.getDetails());
				ps.setString(6, event.getRecordedBy());
				ps.setObject(7, utc(event.getRecordedAt()));
			}

			@Override
			public int getBatchSize() {
				return lots.size();
			}
		});
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
