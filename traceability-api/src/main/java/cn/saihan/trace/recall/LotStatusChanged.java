package cn.saihan.trace.recall;

import java.time.Instant;
import java.util.List;

/**
 * Published inside the transaction of a hold, release or recall, naming every lot it reached (the lot
 * acted on first): the audit records it, the resolver forgets its cached pages of those lots, and a
 * recall snapshots the scan counts of their labels.
 *
 * @param causeLotCode the lot held, released or recalled
 * @param by the login that acted (or the one whose failed inspection held the lot)
 */
public record LotStatusChanged(StatusAction action, String causeLotCode, String reason, Instant at, String by,
		List<Long> lotIds, List<String> lotCodes) {
}
