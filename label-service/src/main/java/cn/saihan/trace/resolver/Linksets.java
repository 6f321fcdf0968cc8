package cn.saihan.trace.resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.saihan.trace.brand.LotBrands;
import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.label.ResolverProperties;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotViews;
import cn.saihan.trace.producer.ProducerService;

/**
 * The RFC 9264 link set of a product, lot or label code, in the GS1 Digital Link resolver
 * convention and valid against GS1's linkset schema: the links a resolver can send a client to,
 * keyed by GS1 link type as a full {@code https://gs1.org/voc/…} URI, with the item's description.
 * A {@code ?linkType=} request is answered from the same links, so the two never disagree.
 */
@Component
class Linksets {

	static final String GS1_VOC = "https://gs1.org/voc/";

	/** The link types a request may name as {@code gs1:…}, in the order a link set lists them. */
	static final String DEFAULT_LINK = GS1_VOC + "defaultLink";

	static final String PIP = GS1_VOC + "pip";

	/** GS1's JSON-LD context for link sets, named in a {@code Link} header and the description file. */
	static final String JSON_LD_CONTEXT = "https://ref.gs1.org/standards/resolver/linkset-context";

	/**
	 * The brand's page, for a lot that bears a brand: GS1's {@code homepage}, "general information
	 * about an organisation or brand", fits a brand's own page best of GS1's published link types.
	 */
	static final String HOMEPAGE = GS1_VOC + "homepage";

	private final Resolver resolver;

	private final ResolverProperties properties;

	private final LotBrands brands;

	private final ProducerService producers;

	Linksets(Resolver resolver, ResolverProperties properties, LotBrands brands, ProducerService producers) {
		this.resolver = resolver;
		this.properties = properties;
		this.brands = brands;
		this.producers = producers;
	}

	/**
	 * The link set of a code, or empty when it names no product of the catalogue, no registered lot
	 * or no issued label. Not a scan.
	 */
	Optional<Map<String, Object>> of(DigitalLink link) {
		Optional<ProductPage> product = resolver.product(link.gtin());
		if (product.isEmpty()) {
			return Optional.empty();
		}
		String anchor = anchor(link);
		String name = product.get().product().nameZh();
		if (link.lot() == null) {
			return Optional.of(linkset(anchor, name, pageLinks(anchor, "产品信息 / Product information")));
		}
		if (link.serial() != null && !resolver.isIssued(link)) {
			return Optional.empty();
		}
		return resolver.lotOf(link).map(lot -> linkset(anchor, name + " · 批次 " + lot.getLotCode().value(),
				lotLinks(anchor, lot)));
	}

	/** The target of one link type in a link set: {@code gs1:pip}, or its full URI. */
	static Optional<String> target(Map<String, Object> linkset, String linkType) {
		String relation = linkType.startsWith("gs1:") ? GS1_VOC + linkType.substring("gs1:".length()) : linkType;
		Object links = context(linkset).get(relation);
		if (!relation.startsWith(GS1_VOC) || !(links instanceof List<?> list) || list.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of((String) ((Map<?, ?>) list.get(0)).get("href"));
	}

	/** The link types a link set offers, as {@code gs1:…}: what a request for a missing one is told. */
	static List<String> linkTypes(Map<String, Object> linkset) {
		List<String> types = new ArrayList<>();
		context(linkset).keySet().stream().filter(key -> key.startsWith(GS1_VOC))
			.forEach(key -> types.add("gs1:" + key.substring(GS1_VOC.length())));
		return types;
	}

	/** The link set's own address: the request's Digital Link with {@code ?linkType=linkset}. */
	String address(DigitalLink link) {
		return anchor(link) + "?linkType=linkset";
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> context(Map<String, Object> linkset) {
		return ((List<Map<String, Object>>) linkset.get("linkset")).get(0);
	}

	private Map<String, Object> linkset(String anchor, String description, Map<String, List<Map<String, Object>>> links) {
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("anchor", anchor);
		context.put("itemDescription", description);
		context.putAll(links);
		return Map.of("linkset", List.of(context));
	}

	private static Map<String, List<Map<String, Object>>> pageLinks(String anchor, String title) {
		Map<String, List<Map<String, Object>>> links = new LinkedHashMap<>();
		List<Map<String, Object>> page = List.of(link(anchor, title, "text/html"));
		links.put(DEFAULT_LINK, page);
		links.put(PIP, page);
		return links;
	}

	private Map<String, List<Map<String, Object>>> lotLinks(String anchor, Lot lot) {
		String base = base();
		String lotCode = lot.getLotCode().value();
		Map<String, List<Map<String, Object>>> links = pageLinks(anchor, "产品追溯信息 / Product traceability page");
		links.put(GS1_VOC + "certificationInfo", List.of(link(
				base + "/api/v1/producers/" + lot.getProducerId() + "/certifications", "认证信息 / Certifications",
				"application/json")));
		links.put(GS1_VOC + "traceability", List.of(link(base + "/api/v1/lots/" + lotCode + "/trace?depth=all",
				"追溯链 / Trace graph", "application/json")));
		links.put(GS1_VOC + "epcis", List.of(link(base + "/api/v1/lots/" + lotCode + "/epcis",
				"EPCIS 2.0 事件 / EPCIS 2.0 events", "application/ld+json")));
		List<Map<String, Object>> brandPages = brands.of(List.of(LotViews.brandedLot(lot, producers.get(lot.getProducerId()))))
			.get(0).stream()
			.map(brand -> link(base + "/brands/" + brand.code(), brand.nameZh() + " / Brand", "text/html"))
			.toList();
		if (!brandPages.isEmpty()) {
			links.put(HOMEPAGE, brandPages);
		}
		return links;
	}

	/** The request's Digital Link under our resolver's address, GTIN of 14 digits, no data attributes. */
	private String anchor(DigitalLink link) {
		return link.withHarvestDate(null).at(properties.baseUrl()).toString();
	}

	private String base() {
		return properties.baseUrl().toString().replaceAll("/$", "");
	}

	private static Map<String, Object> link(String href, String title, String type) {
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("href", href);
		link.put("title", title);
		link.put("type", type);
		link.put("hreflang", List.of("zh-CN", "en"));
		return link;
	}

	/**
	 * The resolver description file served at {@code /.well-known/gs1resolver}. It claims only what
	 * this resolver does: GTINs with lot and serial, GS1 link types, and a page (not the link set)
	 * as the default answer, since no setting makes the link set the default.
	 */
	Map<String, Object> description() {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("name", "Saihan Trace 赛罕区农产品追溯");
		description.put("resolverRoot", base());
		description.put("supportedPrimaryKeys", List.of("01"));
		description.put("supportedLinkType", List.of(Map.of("namespace", GS1_VOC, "prefix", "gs1:")));
		description.put("linkTypeDefaultCanBeLinkset", false);
		description.put("jsonLdContextLocation", JSON_LD_CONTEXT);
		return description;
	}
}
