package cn.saihan.trace.event;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.saihan.trace.lot.LotOrigin;
import cn.saihan.trace.lot.LotsRegistered;

/**
 * The harvest is a lot's first event: written for every harvest lot a registration stored, with one
 * JDBC batch for the whole call, in the registering transaction. A transformed lot starts with its
 * TRANSFORMED event instead, which the transformation records.
 */
@Component
class HarvestEvents {

	private static final String INSERT = """
			insert into trace_event (lot_id, type, occurred_at, location, details, recorded_by, recorded_at)
			values (?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	HarvestEvents(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(LotsRegistered registered) {
		List<LotsRegistered.Entry> harvests = registered.lots().stream()
			.filter(entry -> entry.lot().getOrigin() == LotOrigin.HARVEST)
			.toList();
		if (harvests.isEmpty()) {
			return;
		}
		OffsetDateTime recordedAt = OffsetDateTime.ofInstant(registered.registeredAt(), ZoneOffset.UTC);
		// Harvests are recorded by the day, at its start in the district's zone; a call holds few days.
		Map<LocalDate, OffsetDateTime> startOfDay = new HashMap<>();
		jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				LotsRegistered.Entry harvest = harvests.get(i);
				ps.setLong(1, harvest.lot().getId());
				ps.setString(2, TraceEventType.HARVESTED.name());
				ps.setObject(3, startOfDay.computeIfAbsent(harvest.lot().getHarvestDate(),
						day -> day.atStartOfDay(clock.getZone()).toOffsetDateTime()));
				ps.setString(4, harvest.location());
				ps.setString(5, details(harvest.lot().getQuantityKg()));
				ps.setString(6, registered.recordedBy());
				ps.setObject(7, recordedAt);
			}

			@Override
			public int getBatchSize() {
				return harvests.size();
			}
		});
	}

	/**
	 * The event's details, {@code {"quantityKg":120.5}}, written as the JSON mapper writes a decimal
	 * (its {@code toString()}) without starting the mapper for each of a file's rows.
	 */
	static String details(BigDecimal quantityKg) {
		return "{\"quantityKg\":" + quantityKg + "}";
	}
}
