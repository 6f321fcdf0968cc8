package cn.saihan.trace.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text a person typed: no control characters (NUL, which PostgreSQL cannot store; ESC, which
 * terminals obey), no format characters (zero-width spaces and joiners, bidi overrides that make
 * a name read backwards on a label, a byte-order mark), no line or paragraph separators, no lone
 * surrogates; a line break and a tab only where the text may have lines ({@link #multiline}). A value
 * of spaces alone is blank: {@code @NotBlank} sees those {@code String.isBlank} knows (the ideographic
 * space among them), and this refuses as blank those with a no-break space ({@code U+00A0},
 * {@code U+2007}, {@code U+202F}), which it does not, so that no name is made of spaces. Every free-text field of every
 * request, form and import carries it (the lot write path checks its plot and village by {@link Check}).
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

	String message() default Check.NOT_PLAIN;

	/** Whether line breaks and tabs may be part of the text (a reason, a note). */
	boolean multiline() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule itself, for checks that are no bean validation. */
	final class Check {

		public static final String NOT_PLAIN = "must not contain control or invisible formatting characters";

		public static final String BLANK = "must not be blank";

		private Check() {
		}

		/** Whether the text is empty or Unicode spaces alone, such as U+3000 or U+00A0 ({@code isBlank} misses the latter). */
		public static boolean isBlank(CharSequence text) {
			return text == null || text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
		}

		/** What is wrong with the text, or {@code null} when nothing is (or when there is no text). */
		public static String problem(CharSequence text, boolean multiline) {
			if (text == null || text.isEmpty()) {
				return null;
			}
			boolean onlySpaces = true;
			for (int i = 0; i < text.length();) {
				int c = Character.codePointAt(text, i);
				i += Character.charCount(c);
				if (!allowed(c, multiline)) {
					return NOT_PLAIN;
				}
				onlySpaces &= Character.isWhitespace(c) || Character.isSpaceChar(c);
			}
			// Spaces that isBlank sees are @NotBlank's to refuse (or an optional field's to be left out);
			// a no-break space among them is not, and is refused here, once.
			return onlySpaces && !text.toString().isBlank() ? BLANK : null;
		}

		private static boolean allowed(int c, boolean multiline) {
			return switch (Character.getType(c)) {
				case Character.CONTROL -> multiline && (c == '\n' || c == '\r' || c == '\t');
				case Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
				default -> true;
			};
		}
	}

	class Validator implements ConstraintValidator<PlainText, CharSequence> {

		private boolean multiline;

		@Override
		public void initialize(PlainText annotation) {
			multiline = annotation.multiline();
		}

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			String problem = Check.problem(value, multiline);
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
			return false;
		}
	}
}
