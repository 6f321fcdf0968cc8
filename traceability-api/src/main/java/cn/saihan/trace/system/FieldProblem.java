package cn.saihan.trace.system;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * One bad field of a request, as listed in the {@code errors} array of a problem: the field (or
 * {@code null} for the request as a whole), the English message the API shows, and, for a refusal
 * of the domain, its message code and arguments (for a constraint, the constraint's name), from
 * which a page says the same in its reader's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String field, String message, String code, @JsonIgnore List<Object> arguments) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

	public FieldProblem {
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

	/** A problem found by Bean Validation or the web layer, already in words. */
	public FieldProblem(String field, String message) {
		this(field, message, null, List.of());
	}

	/**
	 * A problem Bean Validation found, named as Spring names a field of a request body
	 * ({@code details.items[0]}), with the constraint's name as its code ({@code NotBlank}): a page
	 * words it as it words that constraint on its own form.
	 */
	public static FieldProblem of(ConstraintViolation<?> violation) {
		StringBuilder field = new StringBuilder();
		for (Path.Node node : violation.getPropertyPath()) {
			if (node.isInIterable() && field.length() > 0) {
				field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
			}
			if (node.getKind() == ElementKind.PROPERTY) {
				field.append(field.length() > 0 ? "." : "").append(node.getName());
			}
		}
		String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		return new FieldProblem(field.length() > 0 ? field.toString() : null, violation.getMessage(), constraint,
				List.of());
	}

	public static FieldProblem of(String field, Refusal refusal, Object... arguments) {
		List<Object> values = Arrays.stream(arguments).map(FieldProblem::plain).toList();
		return new FieldProblem(field, format(refusal.english(), values), refusal.code(), values);
	}

	/** The same problem about a field of a part of the request, e.g. {@code output.} + {@code quantityKg}. */
	public FieldProblem under(String prefix) {
		return prefix.isEmpty() || field == null ? this : new FieldProblem(prefix + field, message, code, arguments);
	}

	/**
	 * What a message source resolves: the code with its arguments, and the English message when the
	 * reader's language has no text for it (shown as it is, not formatted again).
	 */
	public MessageSourceResolvable resolvable() {
		String[] codes = code == null ? new String[0] : new String[] { code };
		return new DefaultMessageSourceResolvable(codes, arguments.toArray(), message) {
			private static final long serialVersionUID = 1L;

			@Override
			public boolean shouldRenderDefaultMessage() {
				return false;
			}
		};
	}

	/** The English text with each {@code {n}} replaced by its argument; a term by its English default. */
	static String format(String text, List<Object> arguments) {
		Matcher placeholder = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (placeholder.find()) {
			int index = Integer.parseInt(placeholder.group(1));
			Object argument = index < arguments.size() ? arguments.get(index) : placeholder.group();
			String shown = argument instanceof MessageSourceResolvable term ? term.getDefaultMessage()
					: String.valueOf(argument);
			placeholder.appendReplacement(out, Matcher.quoteReplacement(shown));
		}
		return placeholder.appendTail(out).toString();
	}

	/**
	 * Arguments as a message source should see them: numbers as their plain digits (a message format
	 * would group and round them), dates and codes as text, terms to be translated as they are.
	 */
	private static Object plain(Object argument) {
		if (argument instanceof MessageSourceResolvable) {
			return argument;
		}
		if (argument instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return String.valueOf(argument);
	}
}
