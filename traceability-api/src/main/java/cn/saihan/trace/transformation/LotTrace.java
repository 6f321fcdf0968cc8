package cn.saihan.trace.transformation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The lots a lot came from and went into: one step each way by default, the whole graph on request.
 *
 * @param upstream lots this lot was made from, nearest first
 * @param downstream lots made from this lot, nearest first
 * @param links every link walked: {@code quantityKg} of {@code from} went into {@code to}
 * @param receivedFrom parties the lot was received from (RECEIVED events)
 * @param shippedTo parties the lot was shipped to (SHIPPED events)
 */
public record LotTrace(String lotCode, List<TracedLot> upstream, List<TracedLot> downstream, List<Link> links,
		List<String> receivedFrom, List<String> shippedTo) {

	public record TracedLot(String lotCode, String productCode, LocalDate harvestDate, BigDecimal quantityKg,
			Long producerId, String producerName, String townCode, int depth) {
	}

	public record Link(String from, String to, BigDecimal quantityKg) {
	}
}
