/**
 * What a consumer sees after scanning a label: the HTML answer of the GS1 Digital Link resolver
 * ({@code /01/{gtin}/10/{lot}/21/{serial}}, and the lot-level {@code /01/{gtin}/10/{lot}}), drawn
 * from the resolver's view model: product, producer, certifications on the harvest date and today,
 * the compliance certificate, inspections, the events and the genuineness verdict. The resolver
 * keeps its JSON answer and its GS1 link sets ({@code ?linkType=}).
 */
package cn.saihan.trace.web.consumer;
