/**
 * What a consumer sees after scanning a label: the HTML answer of the GS1 Digital Link resolver
 * ({@code /01/{gtin}/10/{lot}/21/{serial}}), phone-first, with the product, its producer, the
 * certifications on the harvest date and today, the compliance certificate, the events and the
 * genuineness verdict. It draws on the resolver's view model once labels are part of the
 * application; until then a lot is public through {@code GET /api/v1/lots/{lotCode}}.
 */
package cn.saihan.trace.web.consumer;
