/** A lot's trace events as a GS1 EPCIS 2.0 JSON-LD document, in CBV vocabulary with Digital Link identifiers. */
package cn.saihan.trace.epcis;
