package cn.saihan.trace.label.render;

import java.time.LocalDate;

/**
 * One label as printed on a sheet.
 *
 * @param uri what the QR code says
 * @param mask the mask pattern chosen for the code when the label was issued
 * @param productName the product's name, in Chinese
 * @param productCode the product's code, printed instead of the name when no Chinese font is at hand
 * @param producerName who grew it
 * @param harvestDate when the lot was harvested
 * @param lotCode the lot code
 * @param code the short code people read and type, under the QR code
 * @param brandName the brands the lot bears (the registry's brand rule decides), or {@code null} for none
 */
public record SheetLabel(String uri, int mask, String productName, String productCode, String producerName,
		LocalDate harvestDate, String lotCode, String code, String brandName) {
}
