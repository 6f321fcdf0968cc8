package cn.saihan.trace.event;

import java.util.List;

import cn.saihan.trace.system.PlainText;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an event records beyond its time and place: one record per {@link TraceEventType}, checked
 * with Bean Validation when it is written (a bad detail is a 400 naming {@code details.<field>}),
 * and stored as the JSON of its record. The API shows it as that same JSON object; absent
 * optional details are left out rather than shown as {@code null}.
 * <p>
 * Stored details are read {@linkplain #read(TraceEventType, String) leniently}: an event written
 * before its details were checked, or by hand, may hold values that do not fit, and must still be
 * shown. Its fields may therefore be {@code null} where a written one would not be, a quantity may
 * be {@linkplain Kilograms#readable() unreadable text}, and details that are no JSON object at all
 * are {@link Unreadable}. Readers show what they find and never assume more.
 */
public sealed interface EventDetails {

	/** Details read from their stored JSON; whatever does not fit its field is kept as text. */
	static EventDetails read(TraceEventType type, String stored) {
		return StoredDetails.read(type, stored);
	}

	/** Recorded by the system when the lot is registered. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Harvested(@NotNull @ValidKilograms Kilograms quantityKg) implements EventDetails {
	}

	/**
	 * A laboratory's inspection.
	 *
	 * @param result {@code PASS} or {@code FAIL}; text rather than an enum, so that an odd stored
	 * value is shown as it is
	 * @param items what was tested, e.g. pesticide residue
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Inspected(@NotBlank @PlainText @Size(max = 100) String lab,
			@NotNull @Pattern(regexp = PASS + "|" + FAIL, message = "must be PASS or FAIL") String result,
			@NotEmpty @Size(max = 100) List<@NotBlank @PlainText @Size(max = 100) String> items) implements EventDetails {

		public static final String PASS = "PASS";

		public static final String FAIL = "FAIL";

		public boolean passed() {
			return PASS.equals(result);
		}

		/** Whether the result is one of the two a lab gives, and not some other stored text. */
		public boolean resultKnown() {
			return PASS.equals(result) || FAIL.equals(result);
		}
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Packed() implements EventDetails {
	}

	/**
	 * @param to who receives the shipment
	 * @param quantityKg what the shipment moved; {@code null} when it moved the whole lot
	 * @param documentNo the delivery note's number, if there is one
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Shipped(@NotBlank @PlainText @Size(max = 200) String to, @ValidKilograms Kilograms quantityKg,
			@PlainText @Size(max = 50) String documentNo) implements EventDetails {
	}

	/**
	 * @param from who sent it
	 * @param quantityKg what arrived; {@code null} when the whole lot did
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Received(@NotBlank @PlainText @Size(max = 200) String from, @ValidKilograms Kilograms quantityKg)
			implements EventDetails {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Sold() implements EventDetails {
	}

	/** Recorded by the system on the output lot when lots are merged or repacked. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Transformed(@NotEmpty @Size(max = 100) List<@Valid @NotNull Input> inputs,
			@NotNull @ValidKilograms Kilograms outputQuantityKg) implements EventDetails {

		@JsonInclude(JsonInclude.Include.NON_NULL)
		public record Input(@NotBlank @Size(max = 20) String lotCode, @NotNull @ValidKilograms Kilograms quantityKg) {
		}
	}

	/**
	 * A change of a lot's status: why, and the lot whose hold, release or recall it is (the lot itself,
	 * or the lot upstream of it that it was made from).
	 */
	sealed interface StatusChange extends EventDetails {

		String reason();

		String causeLotCode();
	}

	/** The lot's sale is suspended while something is checked. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Held(@NotBlank @Size(max = 500) String reason, @NotBlank @Size(max = 20) String causeLotCode)
			implements StatusChange {
	}

	/** The hold of {@code causeLotCode} is lifted from the lot. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Released(@NotBlank @Size(max = 500) String reason, @NotBlank @Size(max = 20) String causeLotCode)
			implements StatusChange {
	}

	/** The lot is recalled, for good. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Recalled(@NotBlank @Size(max = 500) String reason, @NotBlank @Size(max = 20) String causeLotCode)
			implements StatusChange {
	}

	/**
	 * Stored details that are not a JSON object at all (never written by this system): shown as the
	 * text they are, in the API as a JSON string where the object would be.
	 */
	record Unreadable(@JsonValue String text) implements EventDetails {
	}
}
