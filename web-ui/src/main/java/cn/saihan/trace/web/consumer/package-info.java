/**
 * What a consumer sees after scanning a label: the HTML answers of the GS1 Digital Link resolver
 * ({@code /01/{gtin}/10/{lot}/21/{serial}}, the lot-level {@code /01/{gtin}/10/{lot}}, the product's
 * {@code /01/{gtin}} and a path that is no Digital Link), drawn from the resolver's view models:
 * product, producer, certifications on the harvest date and today, the compliance certificate,
 * inspections, the events and the genuineness verdict. The resolver keeps the link sets, the link
 * types and the consumer JSON.
 */
package cn.saihan.trace.web.consumer;
