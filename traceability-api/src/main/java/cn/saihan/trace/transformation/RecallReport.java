package cn.saihan.trace.transformation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.saihan.trace.event.Kilograms;

/**
 * Everything a recall of a lot must reach: every downstream lot, every shipment and every
 * receiver. Rows carry the key data elements of a shipping record (FSMA 204 style).
 *
 * @param lots how many lots the recall reaches, the recalled one included
 */
record RecallReport(String lotCode, Instant generatedAt, int lots, List<String> receivers, List<Row> rows) {

	/**
	 * One shipment of an affected lot, or the lot alone when it was not shipped.
	 *
	 * @param depth 0 for the recalled lot, 1 for lots made from it, and so on
	 * @param quantityKg what the shipment moved, or the whole lot when the event named no quantity;
	 * text where a shipment stored before its details were checked holds something else
	 * @param lotCodeSource who assigned the traceability lot code (the lot's producer and town)
	 */
	record Row(int depth, String lotCode, String productCode, Kilograms quantityKg, String unitOfMeasure,
			String shipFrom, String shipTo, LocalDate shipDate, String lotCodeSource, String referenceDocumentType,
			String referenceDocumentNumber) {

		static Row unshipped(LotGraph.LotSummary lot, int depth) {
			return new Row(depth, lot.lotCode(), lot.productCode(), Kilograms.of(lot.quantityKg()), "KGM", null, null,
					null, source(lot), null, null);
		}

		static Row shipped(LotGraph.LotSummary lot, int depth, Shipments.Movement shipment) {
			return new Row(depth, lot.lotCode(), lot.productCode(),
					shipment.quantityKg() != null ? shipment.quantityKg() : Kilograms.of(lot.quantityKg()), "KGM",
					shipment.location(), shipment.party(), shipment.occurredAt().toLocalDate(), source(lot),
					shipment.document() != null ? "DELIVERY_NOTE" : null, shipment.document());
		}

		private static String source(LotGraph.LotSummary lot) {
			return lot.producerName() + " (" + lot.townCode() + ")";
		}
	}

	static final List<String> CSV_HEADER = List.of("depth", "traceabilityLotCode", "productCode", "quantity",
			"unitOfMeasure", "shipFromLocation", "shipToLocation", "shipDate", "traceabilityLotCodeSource",
			"referenceDocumentType", "referenceDocumentNumber");

	List<List<String>> csvRows() {
		return rows.stream()
			.map(row -> java.util.Arrays.asList(String.valueOf(row.depth()), row.lotCode(), row.productCode(),
					row.quantityKg().shown(), row.unitOfMeasure(), row.shipFrom(), row.shipTo(),
					row.shipDate() == null ? null : row.shipDate().toString(), row.lotCodeSource(),
					row.referenceDocumentType(), row.referenceDocumentNumber()))
			.toList();
	}
}
