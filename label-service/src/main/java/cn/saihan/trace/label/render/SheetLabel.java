package cn.saihan.trace.label.render;

/**
 * One label as printed on a sheet.
 *
 * @param uri what the QR code says
 * @param productName the product's name, in Chinese
 * @param productCode the product's code, printed instead of the name when no Chinese font is at hand
 * @param lotCode the lot code
 * @param code the short code people read and type, under the QR code
 */
public record SheetLabel(String uri, String productName, String productCode, String lotCode, String code) {
}
