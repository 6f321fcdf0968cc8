package cn.saihan.trace.resolver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.label.ResolverProperties;
import cn.saihan.trace.lot.Lot;

/**
 * The RFC 9264 link set of a label or lot code, in the GS1 Digital Link resolver convention: the
 * links a resolver can send a client to, keyed by GS1 link type.
 */
@Component
class Linksets {

	static final String GS1_VOC = "https://gs1.org/voc/";

	private final Resolver resolver;

	private final ResolverProperties properties;

	Linksets(Resolver resolver, ResolverProperties properties) {
		this.resolver = resolver;
		this.properties = properties;
	}

	/** The link set of a code, or empty when the code names no issued label or registered lot. */
	Optional<Map<String, Object>> of(String gtin, String lotCode, String serial) {
		if (serial != null && !resolver.isIssued(gtin, lotCode, serial)) {
			return Optional.empty();
		}
		return resolver.lotOf(gtin, lotCode).map(lot -> linkset(anchor(gtin, lotCode, serial), lot));
	}

	private Map<String, Object> linkset(String anchor, Lot lot) {
		String base = properties.baseUrl().toString().replaceAll("/$", "");
		String lotCode = lot.getLotCode().value();
		Map<String, Object> links = new LinkedHashMap<>();
		links.put("anchor", anchor);
		List<Map<String, Object>> page = List.of(link(anchor, "产品追溯信息 / Product traceability page", "text/html"));
		links.put(GS1_VOC + "defaultLink", page);
		links.put(GS1_VOC + "pip", page);
		links.put(GS1_VOC + "certificationInfo", List.of(link(
				base + "/api/v1/producers/" + lot.getProducerId() + "/certifications", "认证信息 / Certifications",
				"application/json")));
		links.put(GS1_VOC + "traceability", List.of(link(base + "/api/v1/lots/" + lotCode + "/trace?depth=all",
				"追溯链 / Trace graph", "application/json")));
		links.put(GS1_VOC + "epcis", List.of(link(base + "/api/v1/lots/" + lotCode + "/epcis",
				"EPCIS 2.0 事件 / EPCIS 2.0 events", "application/ld+json")));
		return Map.of("linkset", List.of(links));
	}

	/** The request's Digital Link under our resolver's address, its GTIN written with 14 digits. */
	private String anchor(String gtin, String lotCode, String serial) {
		return DigitalLink.of(gtin, lotCode, serial).at(properties.baseUrl()).toString();
	}

	private static Map<String, Object> link(String href, String title, String type) {
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("href", href);
		link.put("title", title);
		link.put("type", type);
		link.put("hreflang", List.of("zh-CN", "en"));
		return link;
	}

	/** The resolver description file served at {@code /.well-known/gs1resolver}. */
	Map<String, Object> description() {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("name", "Saihan Trace 赛罕区农产品追溯");
		description.put("resolverRoot", properties.baseUrl().toString().replaceAll("/$", ""));
		description.put("supportedPrimaryKeys", List.of("01"));
		description.put("supportedLinkType", List.of(Map.of("namespace", GS1_VOC, "prefix", "gs1:",
				"profile", "https://gs1.org/voc/?show=linktypes")));
		description.put("linkTypeDefaultCanBeLinkset", true);
		description.put("supportedQualifiers", List.of("10", "21"));
		return description;
	}
}
