/**
 * GS1 identifiers as values that check themselves: the GTIN ({@link cn.saihan.trace.gs1.Gtin}, the one
 * place GTIN-8/12/13 become 14 digits) and the GS1 Digital Link of a product, a lot or a label
 * ({@link cn.saihan.trace.gs1.DigitalLink}), which every label, resolver answer, link set, EPCIS
 * document and page link is written with and every request path is read with; the compressed form
 * of such a link ({@link cn.saihan.trace.gs1.CompressedDigitalLink}); and a producer's Global
 * Location Number ({@link cn.saihan.trace.gs1.Gln}), the place and party of its EPCIS events.
 */
package cn.saihan.trace.gs1;
