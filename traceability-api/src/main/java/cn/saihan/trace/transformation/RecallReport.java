package cn.saihan.trace.transformation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.saihan.trace.event.Kilograms;
import cn.saihan.trace.lot.LotStatus;
import cn.saihan.trace.town.TownNames;

/**
 * Everything a recall of a lot must reach: every downstream lot, every shipment and every
 * receiver. Rows carry the key data elements of a shipping record (FSMA 204 style).
 *
 * @param lots how many lots the recall reaches, the recalled one included
 * @param status the lot's status now; {@code recalledAt} and {@code recallReason} are set once it is recalled
 * @param scansSinceRecall scans of the labels of every lot reached since the recall (of different phones,
 * as a label's count is); {@code null} before a recall, or where no labels are kept
 * @param labelsScannedSinceRecall how many of those labels were scanned since the recall
 * @param receivedBy each receiver named in a shipment, with the shipments it received
 */
public record RecallReport(String lotCode, Instant generatedAt, int lots, LotStatus status, Instant recalledAt,
		String recallReason, Long scansSinceRecall, Long labelsScannedSinceRecall, List<String> receivers,
		List<Receiver> receivedBy, List<Row> rows) {

	/** A receiver, and what it received: the shipments that named it. */
	public record Receiver(String receiver, List<Row> shipments) {
	}

	/**
	 * One shipment of an affected lot, or the lot alone when it was not shipped. Codes stay codes
	 * (lot, product, unit, document type); what a person reads is in Chinese: the product's name, the
	 * place it was shipped from and the producer and town that assigned the lot code.
	 *
	 * @param depth 0 for the recalled lot, 1 for lots made from it, and so on
	 * @param productName the product's Chinese name
	 * @param quantityKg what the shipment moved, or the whole lot when the event named no quantity;
	 * text where a shipment stored before its details were checked holds something else
	 * @param shipFrom where the shipment left from, its town named
	 * @param lotCodeSource who assigned the traceability lot code: the lot's producer and town
	 */
	public record Row(int depth, String lotCode, String productCode, String productName, Kilograms quantityKg,
			String unitOfMeasure, String shipFrom, String shipTo, LocalDate shipDate, String lotCodeSource,
			String referenceDocumentType, String referenceDocumentNumber) {

		static Row unshipped(LotGraph.LotSummary lot, int depth, Names names) {
			return new Row(depth, lot.lotCode(), lot.productCode(), names.product(lot.productCode()),
					Kilograms.of(lot.quantityKg()), "KGM", null, null, null, source(lot, names), null, null);
		}

		static Row shipped(LotGraph.LotSummary lot, int depth, Shipments.Movement shipment, Names names) {
			return new Row(depth, lot.lotCode(), lot.productCode(), names.product(lot.productCode()),
					shipment.quantityKg() != null ? shipment.quantityKg() : Kilograms.of(lot.quantityKg()), "KGM",
					names.towns().place(shipment.location()), shipment.party(), shipment.occurredAt().toLocalDate(),
					source(lot, names), shipment.document() != null ? "DELIVERY_NOTE" : null, shipment.document());
		}

		private static String source(LotGraph.LotSummary lot, Names names) {
			return lot.producerName() + "（" + names.towns().of(lot.townCode()) + "）";
		}
	}

	/** The Chinese names of towns and products, read once per report. */
	public record Names(TownNames towns, Map<String, String> products) {

		String product(String code) {
			return products.getOrDefault(code, code);
		}
	}

	/**
	 * Each column's title in Chinese for the people who open the file, with the FSMA 204 key data
	 * element it carries in brackets for the export partners who ask for those by name.
	 */
	static final List<String> CSV_HEADER = List.of("层级(depth)", "追溯批次号(traceabilityLotCode)", "产品代码(productCode)",
			"产品名称(productName)", "数量(quantity)", "单位(unitOfMeasure)", "发货地点(shipFromLocation)",
			"收货方(shipToLocation)", "发货日期(shipDate)", "批次号来源(traceabilityLotCodeSource)",
			"单据类型(referenceDocumentType)", "单据号(referenceDocumentNumber)");

	List<List<String>> csvRows() {
		return rows.stream()
			.map(row -> java.util.Arrays.asList(String.valueOf(row.depth()), row.lotCode(), row.productCode(),
					row.productName(), row.quantityKg().shown(), row.unitOfMeasure(), row.shipFrom(), row.shipTo(),
					row.shipDate() == null ? null : row.shipDate().toString(), row.lotCodeSource(),
					row.referenceDocumentType(), row.referenceDocumentNumber()))
			.toList();
	}
}
