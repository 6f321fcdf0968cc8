package cn.saihan.trace.event;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.saihan.trace.event.EventDetails.Harvested;
import cn.saihan.trace.event.EventDetails.Inspected;
import cn.saihan.trace.event.EventDetails.Packed;
import cn.saihan.trace.event.EventDetails.Received;
import cn.saihan.trace.event.EventDetails.Shipped;
import cn.saihan.trace.event.EventDetails.Sold;
import cn.saihan.trace.event.EventDetails.Transformed;
import cn.saihan.trace.event.EventDetails.Unreadable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads stored details leniently, field by field, so that no stored event can make a reader fail:
 * a text field takes any value as its text, a list takes a single value as a list of one, a
 * quantity that is not an {@linkplain Kilograms#allowed allowed} decimal is kept as text, unknown
 * keys are passed over, and details that are not a JSON object become {@link Unreadable}. This is
 * the one place that knows the stored keys; every reader works with the records.
 */
final class StoredDetails {

	/** Decimals exactly as stored, not through a double. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private StoredDetails() {
	}

	static EventDetails read(TraceEventType type, String stored) {
		JsonNode details;
		try {
			details = JSON.readTree(stored);
		}
		catch (JacksonException notJson) {
			return new Unreadable(stored);
		}
		if (details == null || !details.isObject()) {
			return new Unreadable(stored);
		}
		return switch (type) {
			case HARVESTED -> new Harvested(kilograms(details.get("quantityKg")));
			case INSPECTED -> new Inspected(text(details.get("lab")), text(details.get("result")),
					texts(details.get("items")));
			case PACKED -> new Packed();
			case SHIPPED -> new Shipped(text(details.get("to")), kilograms(details.get("quantityKg")),
					text(details.get("documentNo")));
			case RECEIVED -> new Received(text(details.get("from")), kilograms(details.get("quantityKg")));
			case SOLD -> new Sold();
			case TRANSFORMED -> new Transformed(inputs(details.get("inputs")),
					kilograms(details.get("outputQuantityKg")));
			case HELD -> new EventDetails.Held(text(details.get("reason")), text(details.get("causeLotCode")));
			case RELEASED -> new EventDetails.Released(text(details.get("reason")), text(details.get("causeLotCode")));
			case RECALLED -> new EventDetails.Recalled(text(details.get("reason")), text(details.get("causeLotCode")));
		};
	}

	private static boolean absent(JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode();
	}

	/** A string as it is; a number or truth value as its digits or word; an object or list as its JSON. */
	private static String text(JsonNode node) {
		if (absent(node)) {
			return null;
		}
		if (node.isContainer()) {
			return node.toString();
		}
		return node.asString();
	}

	private static List<String> texts(JsonNode node) {
		if (absent(node)) {
			return null;
		}
		return elements(node).stream().map(StoredDetails::text).filter(text -> text != null).toList();
	}

	private static Kilograms kilograms(JsonNode node) {
		if (absent(node)) {
			return null;
		}
		BigDecimal value = null;
		if (node.isNumber()) {
			value = node.decimalValue();
		}
		else if (node.isString()) {
			try {
				value = new BigDecimal(node.stringValue().strip());
			}
			catch (NumberFormatException notANumber) {
				// kept as text below
			}
		}
		return value != null && Kilograms.allowed(value) ? Kilograms.of(value) : Kilograms.unreadable(text(node));
	}

	private static List<Transformed.Input> inputs(JsonNode node) {
		if (absent(node)) {
			return null;
		}
		List<Transformed.Input> inputs = new ArrayList<>();
		for (JsonNode input : elements(node)) {
			inputs.add(input.isObject()
					? new Transformed.Input(text(input.get("lotCode")), kilograms(input.get("quantityKg")))
					: new Transformed.Input(text(input), null));
		}
		return inputs;
	}

	/** The elements of a list; a single value stands for a list of one. */
	private static List<JsonNode> elements(JsonNode node) {
		return node.isArray() ? List.copyOf(node.values()) : List.of(node);
	}
}
