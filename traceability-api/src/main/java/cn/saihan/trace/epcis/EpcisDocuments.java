package cn.saihan.trace.epcis;

import java.net.URI;
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
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.account.RecordedBy;
import cn.saihan.trace.event.EventDetails;
import cn.saihan.trace.event.Kilograms;
import cn.saihan.trace.event.TraceEventService;
import cn.saihan.trace.event.TraceEventType;
import cn.saihan.trace.event.TraceEventView;
import cn.saihan.trace.gs1.DigitalLink;
import cn.saihan.trace.gs1.Gln;
import cn.saihan.trace.gs1.Gtin;
import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotService;
import cn.saihan.trace.lot.Lots;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.product.Products;

/**
 * Builds the EPCIS 2.0 document of a lot: the harvest as a commissioning {@code ObjectEvent} with
 * the quantity in kilograms, inspections, packing, shipping and receiving (with source and
 * destination lists), sale, and transformations as {@code TransformationEvent}s. Corrected events
 * carry an {@code errorDeclaration} naming their correction, as EPCIS prescribes. Details stored
 * before they were checked never break the document: what does not fit an EPCIS field is left
 * out of it and carried as text in a {@code saihan:} field.
 */
@Component
class EpcisDocuments {

	/** The canonical GS1 resolver: EPCIS identifiers are the same whatever our own resolver's address. */
	static final URI CANONICAL_DIGITAL_LINK = URI.create("https://id.gs1.org");

	static final String EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

	/** Namespace of the fields EPCIS has no word for (free-text places, lab names). */
	static final String NAMESPACE = "urn:saihan-trace:epcis:";

	private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

	private final LotService lotService;

	private final Lots lots;

	private final TraceEventService events;

	private final Products products;

	private final Producers producers;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final RecordedBy recordedBy;

	EpcisDocuments(LotService lotService, Lots lots, TraceEventService events, Products products,
			Producers producers, JdbcTemplate jdbc, Clock clock, RecordedBy recordedBy) {
		this.lotService = lotService;
		this.lots = lots;
		this.events = events;
		this.products = products;
		this.producers = producers;
		this.jdbc = jdbc;
		this.clock = clock;
		this.recordedBy = recordedBy;
	}

	@Transactional(readOnly = true)
	Map<String, Object> of(String lotCode) {
		Lot lot = lotService.get(lotCode);
		// saihan:recordedBy names a producer or the bureau, never a login.
		UnaryOperator<String> names = recordedBy.publicNames();
		List<TraceEventView> own = events.ofLot(lotCode).stream()
			.map(event -> event.recordedByShownAs(names.apply(event.recordedBy())))
			.toList();
		Map<Long, TraceEventView> correctedBy = new LinkedHashMap<>();
		own.stream().filter(e -> e.correctsEventId() != null).forEach(e -> correctedBy.put(e.correctsEventId(), e));
		Gln gln = producers.findById(lot.getProducerId()).map(Producer::getGln).map(Gln::new).orElse(null);

		List<Map<String, Object>> eventList = new ArrayList<>();
		for (TraceEventView event : own) {
			Map<String, Object> epcis = event.type() == TraceEventType.TRANSFORMED ? transformation(lot, event)
					: objectEvent(lot, event, gln);
			TraceEventView correction = correctedBy.get(event.id());
			if (correction != null) {
				// Declared when the correction was recorded, not when the erroneous event was.
				epcis.put("errorDeclaration", Map.of("declarationTime",
						time(correction.recordedAt().atOffset(ZoneOffset.UTC)), "reason", "incorrect_data",
						"correctiveEventIDs", List.of(eventId(correction.id()))));
			}
			eventList.add(epcis);
		}
		// Transformations that used this lot are recorded on their outputs; they belong to this lot's story too.
		for (String output : jdbc.queryForList("""
				SELECT o.lot_code FROM lot_input li JOIN lot o ON o.id = li.output_lot_id
				WHERE li.input_lot_id = ? ORDER BY li.event_id""", String.class, lot.getId())) {
			Lot outputLot = lotService.get(output);
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

	private Map<String, Object> objectEvent(Lot lot, TraceEventView event, Gln gln) {
		Map<String, Object> epcis = common("ObjectEvent", event);
		EventDetails details = event.details();
		Kilograms concerned = concerned(lot, event);
		epcis.put("quantityList", List.of(quantity(lotClass(lot), concerned)));
		if (concerned != null && !concerned.readable()) {
			epcis.put("saihan:quantityKg", concerned.asRecorded());
		}
		epcis.put("action", event.type() == TraceEventType.HARVESTED ? "ADD" : "OBSERVE");
		epcis.put("bizStep", event.type().bizStep());
		if (gln != null) {
			// The producer's own place: where its events are seen and where the goods then are.
			String place = gln.sgln(CANONICAL_DIGITAL_LINK);
			epcis.put("readPoint", Map.of("id", place));
			epcis.put("bizLocation", Map.of("id", place));
		}
		switch (event.type()) {
			case HARVESTED, PACKED -> epcis.put("disposition", "active");
			case INSPECTED -> {
				if (details instanceof EventDetails.Inspected inspected) {
					if (inspected.resultKnown()) {
						epcis.put("disposition", inspected.passed() ? "conformant" : "non_conformant");
					}
					else if (inspected.result() != null) {
						epcis.put("saihan:result", inspected.result());
					}
					putPresent(epcis, "saihan:lab", inspected.lab());
					putPresent(epcis, "saihan:items", inspected.items());
				}
			}
			case SHIPPED -> {
				epcis.put("disposition", "in_transit");
				if (gln != null) {
					epcis.put("sourceList", List.of(Map.of("type", "owning_party", "source", gln.pgln(CANONICAL_DIGITAL_LINK))));
				}
				if (details instanceof EventDetails.Shipped shipped) {
					if (shipped.to() != null) {
						epcis.put("destinationList", List.of(Map.of("type", "owning_party", "destination", party(shipped.to()))));
						epcis.put("saihan:to", shipped.to());
					}
					if (shipped.documentNo() != null) {
						// CBV 2.0 business transaction type "desadv": the despatch advice the shipment travels with.
						epcis.put("bizTransactionList", List.of(Map.of("type", "desadv", "bizTransaction",
								NAMESPACE + "desadv:" + URLEncoder.encode(shipped.documentNo(), StandardCharsets.UTF_8))));
					}
				}
			}
			case RECEIVED -> {
				epcis.put("disposition", "in_progress");
				if (details instanceof EventDetails.Received received && received.from() != null) {
					epcis.put("sourceList", List.of(Map.of("type", "owning_party", "source", party(received.from()))));
					epcis.put("saihan:from", received.from());
				}
				if (gln != null) {
					epcis.put("destinationList",
							List.of(Map.of("type", "owning_party", "destination", gln.pgln(CANONICAL_DIGITAL_LINK))));
				}
			}
			case SOLD -> epcis.put("disposition", "retail_sold");
			// A change of status: the lot's sale stopped while it is checked, stopped for good, or resumed.
			case HELD -> status(epcis, "non_sellable_other", details);
			case RECALLED -> status(epcis, "recalled", details);
			case RELEASED -> status(epcis, "sellable_accessible", details);
			case TRANSFORMED -> throw new IllegalArgumentException("A transformation is not an ObjectEvent");
		}
		if (details instanceof EventDetails.Unreadable unreadable) {
			epcis.put("saihan:details", unreadable.text());
		}
		return epcis;
	}

	/**
	 * The quantity an event concerns: what a shipment or receipt names, else (not for a receipt) the
	 * whole lot; {@code null} (not known) for a receipt without a figure or a movement whose details
	 * cannot be read at all. A named quantity
	 * that is not one (stored before details were checked) is left out of the quantity list and
	 * shown as the text it is.
	 */
	private static Kilograms concerned(Lot lot, TraceEventView event) {
		Kilograms named = null;
		if (event.details() instanceof EventDetails.Shipped shipped) {
			named = shipped.quantityKg();
		}
		else if (event.details() instanceof EventDetails.Received received) {
			// What a receipt took in is what it names; without a figure it is some of the lot, never all of it.
			return received.quantityKg();
		}
		else if (event.details() instanceof EventDetails.Unreadable && movement(event.type())) {
			return null;
		}
		return named != null ? named : Kilograms.of(lot.getQuantityKg());
	}

	private static boolean movement(TraceEventType type) {
		return type == TraceEventType.SHIPPED || type == TraceEventType.RECEIVED;
	}

	private Map<String, Object> transformation(Lot output, TraceEventView event) {
		Map<String, Object> epcis = common("TransformationEvent", event);
		List<Map<String, Object>> inputs = new ArrayList<>();
		if (event.details() instanceof EventDetails.Transformed transformed && transformed.inputs() != null) {
			boolean asRecorded = false;
			for (EventDetails.Transformed.Input input : transformed.inputs()) {
				Optional<Lot> inputLot = Optional.ofNullable(input.lotCode()).flatMap(lots::findByLotCode);
				if (inputLot.isPresent()) {
					inputs.add(quantity(lotClass(inputLot.get()), input.quantityKg()));
				}
				asRecorded |= inputLot.isEmpty() || input.quantityKg() == null || !input.quantityKg().readable();
			}
			if (asRecorded) {
				// Inputs stored before details were checked: shown as they were recorded.
				epcis.put("saihan:inputs", transformed.inputs());
			}
		}
		if (inputs.isEmpty()) {
			// EPCIS accepts a transformation without inputs only under an identifier.
			epcis.put("transformationID", eventId(event.id()));
		}
		else {
			epcis.put("inputQuantityList", inputs);
		}
		epcis.put("outputQuantityList", List.of(quantity(lotClass(output), Kilograms.of(output.getQuantityKg()))));
		epcis.put("bizStep", event.type().bizStep());
		epcis.put("disposition", "active");
		if (event.details() instanceof EventDetails.Unreadable unreadable) {
			epcis.put("saihan:details", unreadable.text());
		}
		return epcis;
	}

	private static void status(Map<String, Object> epcis, String disposition, EventDetails details) {
		epcis.put("disposition", disposition);
		if (details instanceof EventDetails.StatusChange change) {
			putPresent(epcis, "saihan:reason", change.reason());
			putPresent(epcis, "saihan:causeLotCode", change.causeLotCode());
		}
	}

	private static void putPresent(Map<String, Object> epcis, String key, Object value) {
		if (value != null) {
			epcis.put(key, value);
		}
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

	/** A quantity element; a quantity that could not be read is left out, which EPCIS reads as "not known". */
	private static Map<String, Object> quantity(String epcClass, Kilograms kg) {
		Map<String, Object> quantity = new LinkedHashMap<>();
		quantity.put("epcClass", epcClass);
		if (kg != null && kg.readable()) {
			quantity.put("quantity", kg.value());
			quantity.put("uom", "KGM");
		}
		return quantity;
	}

	/** The lot as a GS1 Digital Link class identifier: GTIN + lot. */
	private String lotClass(Lot lot) {
		Gtin gtin = products.findById(lot.getProductCode()).orElseThrow().getGtin();
		return DigitalLink.ofLot(CANONICAL_DIGITAL_LINK, gtin, lot.getLotCode().value()).toString();
	}

	/** Stable per stored event, so that a correction can name the event it corrects. */
	static String eventId(long id) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("saihan-trace:trace-event:" + id).getBytes(StandardCharsets.UTF_8));
	}

	/** Parties without a GLN are named by a URN of their name. */
	private static String party(String name) {
		return NAMESPACE + "party:" + URLEncoder.encode(name, StandardCharsets.UTF_8);
	}

	private static String time(OffsetDateTime time) {
		return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}
}
