package cn.saihan.trace.lot;

/**
 * Published once an import of many lots has committed, for those who learn of lots after the commit
 * (the search index) and would otherwise hold every {@link LotsRegistered} of the file until then.
 * The imported lots have ids from {@code firstLotId} to {@code lastLotId}; lots registered one
 * by one at the same time may have ids in that range too.
 */
public record LotsImported(long firstLotId, long lastLotId) {
}
