package cn.saihan.trace.lot;

import java.time.Instant;
import java.util.List;

/**
 * The lots one registration call stored, in the order given, announced inside its transaction: the
 * HARVESTED events and the audit entries are written by their own features in that transaction, so
 * they commit or roll back with the lots. {@code imported} says the lots came from a file, which the
 * audit records as one entry with a digest of their codes rather than an entry per lot, and which the
 * search index learns of from {@link LotsImported} once the whole file has committed.
 */
public record LotsRegistered(List<Entry> lots, String recordedBy, Instant registeredAt, boolean imported) {

	/** A stored lot and where it was harvested, as its HARVESTED event records it. */
	public record Entry(Lot lot, String location) {
	}
}
