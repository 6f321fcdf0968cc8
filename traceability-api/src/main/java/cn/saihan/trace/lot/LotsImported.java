package cn.saihan.trace.lot;

/**
 * Published once an import of many lots has committed, in place of one {@link LotRegistered} per
 * lot. The imported lots have ids from {@code firstLotId} to {@code lastLotId}; lots registered one
 * by one at the same time may have ids in that range too.
 */
public record LotsImported(long firstLotId, long lastLotId) {
}
