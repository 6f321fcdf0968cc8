package cn.saihan.trace.recall;

import java.time.Instant;

import cn.saihan.trace.lot.LotStatus;

/** A lot held or recalled now: what it is, whose, where, why and since when. */
public record InForce(String lotCode, String productCode, long producerId, String producerName, String townCode,
		LotStatus status, String reason, Instant since) {
}
