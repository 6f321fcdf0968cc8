package cn.saihan.trace.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.OffsetDateTime;

import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.system.PlausibleDate;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Body of {@code POST /api/v1/lots/{lotCode}/events}. Its {@code details} are read into the record
 * of its {@code type} and checked with it, so a bad detail is named {@code details.<field>}.
 *
 * @param recordedAs the role the event is recorded in; left out, the login's own ({@code PRODUCER}
 * for a producer's login, {@code BUREAU} for the bureau), and only the bureau may give {@code LAB},
 * for a laboratory's inspection it enters
 */
@JsonDeserialize(using = TraceEventRequest.Json.class)
@TraceEventRequest.PostableByHand
public record TraceEventRequest(@NotNull TraceEventType type, @NotNull @PlausibleDate OffsetDateTime occurredAt,
		@NotBlank @PlainText @Size(max = 200) String location, @Valid EventDetails details, Long correctsEventId,
		Recorder recordedAs) {

	/** Details come with their type (a body without a type has none to read them as), and fit it. */
	public TraceEventRequest {
		if (type != null && !type.detailsType().isInstance(details)) {
			throw new IllegalArgumentException("Details of a " + type + " event are a " + type.detailsType()
					.getSimpleName() + ", not " + details);
		}
	}

	/** An event recorded in the login's own role. */
	public TraceEventRequest(TraceEventType type, OffsetDateTime occurredAt, String location, EventDetails details,
			Long correctsEventId) {
		this(type, occurredAt, location, details, correctsEventId, null);
	}

	/**
	 * HARVESTED and TRANSFORMED events are recorded by the system (at registration, by a
	 * transformation); a request may post one only as the correction of another. Named on
	 * {@code type}, and checked at the edge with the details, which those types have too.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = PostableByHand.Validator.class)
	@interface PostableByHand {

		String message() default "is recorded by the system (at registration or transformation); "
				+ "post it only as a correction (correctsEventId)";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Validator implements ConstraintValidator<PostableByHand, TraceEventRequest> {

			@Override
			public boolean isValid(TraceEventRequest request, ConstraintValidatorContext context) {
				if (request.type() == null || !request.type().recordedBySystem() || request.correctsEventId() != null) {
					return true;
				}
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
					.addPropertyNode("type")
					.addConstraintViolation();
				return false;
			}
		}
	}

	/**
	 * Reads the body as written, then its details as the record its type names: an event without
	 * details is one whose details are all left out ({@code PACKED} needs none). Jackson alone cannot
	 * choose a property's type by a sibling property and still name the field at fault.
	 */
	static final class Json extends ValueDeserializer<TraceEventRequest> {

		record Body(TraceEventType type, OffsetDateTime occurredAt, String location, JsonNode details,
				Long correctsEventId, Recorder recordedAs) {
		}

		@Override
		public TraceEventRequest deserialize(JsonParser parser, DeserializationContext context) {
			Body body = context.readValue(parser, Body.class);
			EventDetails details = null;
			if (body.type() != null) {
				JsonNode given = body.details() == null || body.details().isNull()
						? JsonNodeFactory.instance.objectNode() : body.details();
				try {
					details = context.readTreeAsValue(given, body.type().detailsType());
				}
				catch (JacksonException ex) {
					throw ex.prependPath(TraceEventRequest.class, "details");
				}
			}
			return new TraceEventRequest(body.type(), body.occurredAt(), body.location(), details,
					body.correctsEventId(), body.recordedAs());
		}
	}
}
