package cn.saihan.trace.event;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * When an event of a lot may have happened: not before the lot was harvested (the start of its
 * harvest day in the district's zone) and not after now. One rule for events recorded by hand and
 * for transformations; each names the refusal in its own words.
 */
public final class EventTime {

	/** Clocks of phones in the field drift; a little future is tolerated, a day is not. */
	public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

	private EventTime() {
	}

	public static boolean inFuture(OffsetDateTime occurredAt, Clock clock) {
		return occurredAt.isAfter(OffsetDateTime.now(clock).plus(CLOCK_TOLERANCE));
	}

	/** Compares instants, so the offset an event was written with does not matter. */
	public static boolean beforeHarvest(OffsetDateTime occurredAt, LocalDate harvestDate, Clock clock) {
		return occurredAt.isBefore(harvestDate.atStartOfDay(clock.getZone()).toOffsetDateTime());
	}
}
