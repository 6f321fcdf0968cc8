package cn.saihan.trace.epcis;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.account.RecordedBy;
import cn.saihan.trace.event.TraceEventService;
import cn.saihan.trace.event.TraceEventType;
import cn.saihan.trace.event.TraceEventView;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.product.Products;

/**
 * Builds the EPCIS 2.0 document of a lot: the harvest as a commissioning {@code ObjectEvent} with
 * the quantity in kilograms, inspections, packing, shipping and receiving (with source and
 * destination lists), sale, and transformations as {@code TransformationEvent}s. Corrected events
 * carry an {@code errorDeclaration} naming their correction, as EPCIS prescribes.
 */
@Component
class EpcisDocuments {

	/** The canonical GS1 resolver: EPCIS identifiers are the same whatever our own resolver's address. */
	static final String CANONICAL_DIGITAL_LINK = "https://id.gs1.org";

	static final String EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

	/** Namespace of the fields EPCIS has no word for (free-text places, lab names). */
	static final String NAMESPACE = "urn:saihan-trace:epcis:";

	private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

	private final LotService lots;

	private final TraceEventService events;

	private final Products products;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final RecordedBy recordedBy;

	EpcisDocuments(LotService lots, TraceEventService events, Products products, JdbcTemplate jdbc, Clock clock,
			RecordedBy recordedBy) {
		this.lots = lots;
		this.events = events;
		this.products = products;
		this.jdbc = jdbc;
		this.clock = clock;
		this.recordedBy = recordedBy;
	}

	@Transactional(readOnly = true)
	Map<String, Object> of(String lotCode) {
		Lot lot = lots.get(lotCode);
		// saihan:recordedBy names a producer or the bureau, never a login.
		UnaryOperator<String> names = recordedBy.publicNames();
		List<TraceEventView> own = events.ofLot(lotCode).stream()
			.map(event -> event.recordedByShownAs(names.apply(event.recordedBy())))
			.toList();
		Map<Long, Long> correctedBy = new LinkedHashMap<>();
		own.stream().filter(e -> e.correctsEventId() != null).forEach(e -> correctedBy.put(e.correctsEventId(), e.id()));

		List<Map<String, Object>> eventList = new ArrayList<>();
		for (TraceEventView event : own) {
			Map<String, Object> epcis = event.type() == TraceEventType.TRANSFORMED ? transformation(lot, event)
					: objectEvent(lot, event);
			Long correction = correctedBy.get(event.id());
			if (correction != null) {
				epcis.put("errorDeclaration", Map.of("declarationTime", time(event.recordedAt().atOffset(ZoneOffset.UTC)),
						"reason", "incorrect_data", "correctiveEventIDs", List.of(eventId(correction))));
			}
			eventList.add(epcis);
		}
		// Transformations that used this lot are recorded on their outputs; they belong to this lot's story too.
		for (String output : jdbc.queryForList("""
				SELECT o.lot_code FROM lot_input li JOIN lot o ON o.id = li.output_lot_id
				WHERE li.input_lot_id = ? ORDER BY li.event_id""", String.class, lot.getId())) {
			Lot outputLot = lots.get(output);
			events.ofLot(output).stream().filter(e -> e.type() == TraceEventType.TRANSFORMED)
				.forEach(e -> eventList.add(transformation(outputLot, e.recordedByShownAs(names.apply(e.recordedBy())))));
		}

		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", List.of(EPCIS_CONTEXT, Map.of("saihan", NAMESPACE)));
		document.put("type", "EPCISDocument");
		document.put("schemaVersion", "2.0");
		document.put("creationDate", time(OffsetDateTime.now(clock)));
		document.put("epcisBody", Map.of("eventList", eventList));
		return document;
	}

	private Map<String, Object> objectEvent(Lot lot, TraceEventView event) {
		Map<String, Object> epcis = common("ObjectEvent", event);
		Map<String, Object> details = event.details();
		Map<String, Object> quantity = new LinkedHashMap<>();
		quantity.put("epcClass", lotClass(lot));
		Object shippedKg = details.get("quantityKg");
		quantity.put("quantity", event.type() == TraceEventType.HARVESTED || shippedKg == null ? lot.getQuantityKg()
				: new BigDecimal(shippedKg.toString()));
		quantity.put("uom", "KGM");
		epcis.put("quantityList", List.of(quantity));
		epcis.put("action", event.type() == TraceEventType.HARVESTED ? "ADD" : "OBSERVE");
		epcis.put("bizStep", event.type().bizStep());
		switch (event.type()) {
			case HARVESTED, PACKED -> epcis.put("disposition", "active");
			case INSPECTED -> {
				epcis.put("disposition", "PASS".equals(details.get("result")) ? "conformant" : "non_conformant");
				epcis.put("saihan:lab", details.get("lab"));
				epcis.put("saihan:items", details.get("items"));
			}
			case SHIPPED -> {
				epcis.put("disposition", "in_transit");
				epcis.put("destinationList", List.of(Map.of("type", "owning_party", "destination", party(details.get("to")))));
				epcis.put("saihan:to", details.get("to"));
			}
			case RECEIVED -> {
				epcis.put("disposition", "in_progress");
				epcis.put("sourceList", List.of(Map.of("type", "owning_party", "source", party(details.get("from")))));
				epcis.put("saihan:from", details.get("from"));
			}
			case SOLD -> epcis.put("disposition", "retail_sold");
			case TRANSFORMED -> throw new IllegalArgumentException("A transformation is not an ObjectEvent");
		}
		return epcis;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> transformation(Lot output, TraceEventView event) {
		Map<String, Object> epcis = common("TransformationEvent", event);
		List<Map<String, Object>> inputs = new ArrayList<>();
		for (Map<String, Object> input : (List<Map<String, Object>>) event.details().get("inputs")) {
			Lot inputLot = lots.get(input.get("lotCode").toString());
			inputs.add(quantity(lotClass(inputLot), new BigDecimal(input.get("quantityKg").toString())));
		}
		epcis.put("inputQuantityList", inputs);
		epcis.put("outputQuantityList", List.of(quantity(lotClass(output), output.getQuantityKg())));
		epcis.put("bizStep", event.type().bizStep());
		epcis.put("disposition", "active");
		return epcis;
	}

	private static Map<String, Object> common(String type, TraceEventView event) {
		Map<String, Object> epcis = new LinkedHashMap<>();
		epcis.put("type", type);
		epcis.put("eventTime", time(event.occurredAt()));
		epcis.put("recordTime", time(event.recordedAt().atOffset(ZoneOffset.UTC)));
		epcis.put("eventTimeZoneOffset", event.occurredAt().format(OFFSET));
		epcis.put("eventID", eventId(event.id()));
		epcis.put("saihan:location", event.location());
		epcis.put("saihan:recordedBy", event.recordedBy());
		return epcis;
	}

	private static Map<String, Object> quantity(String epcClass, BigDecimal kg) {
		Map<String, Object> quantity = new LinkedHashMap<>();
		quantity.put("epcClass", epcClass);
		quantity.put("quantity", kg);
		quantity.put("uom", "KGM");
		return quantity;
	}

	/** The lot as a GS1 Digital Link class identifier: GTIN + lot. */
	private String lotClass(Lot lot) {
		String gtin = products.findById(lot.getProductCode()).orElseThrow().getGtin().value();
		return CANONICAL_DIGITAL_LINK + "/01/" + gtin + "/10/" + lot.getLotCode();
	}

	/** Stable per stored event, so that a correction can name the event it corrects. */
	static String eventId(long id) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("saihan-trace:trace-event:" + id).getBytes(StandardCharsets.UTF_8));
	}

	/** Parties without a GLN are named by a URN of their name. */
	private static String party(Object name) {
		return NAMESPACE + "party:" + URLEncoder.encode(String.valueOf(name), StandardCharsets.UTF_8);
	}

	private static String time(OffsetDateTime time) {
		return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}
}
