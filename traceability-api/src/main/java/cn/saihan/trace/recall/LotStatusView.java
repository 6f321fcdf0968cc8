package cn.saihan.trace.recall;

import java.time.Instant;
import java.util.List;

import cn.saihan.trace.lot.LotStatus;

/**
 * A lot's status as the API shows it: what it is, why and since when, and every change before, oldest
 * first. {@code by} is who acted as the public reads it (a producer's name, or the bureau), never a login.
 */
public record LotStatusView(String lotCode, LotStatus status, String reason, Instant since, List<Change> history) {

	/**
	 * One change: the status it left the lot in, and the lot whose hold, release or recall it was
	 * ({@code causeLotCode}: the lot itself, or one upstream it was made from).
	 */
	public record Change(StatusAction action, LotStatus status, String reason, Instant at, String by,
			String causeLotCode) {
	}
}
