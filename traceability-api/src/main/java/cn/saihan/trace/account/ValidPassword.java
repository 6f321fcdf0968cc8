package cn.saihan.trace.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The one rule for a new password, wherever one is chosen: a producer's login, an enrolment, a
 * password change, their forms. At least 8 characters, and at most 72 bytes in UTF-8, the most
 * BCrypt hashes (it refuses longer ones rather than silently ignoring the rest): 72 letters or
 * digits, 24 Chinese characters. {@code null} is left to {@code @NotBlank}.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPassword.Validator.class)
public @interface ValidPassword {

	/** BCrypt's limit. */
	int MAX_BYTES = 72;

	String message() default "must be at least 8 characters and at most 72 bytes in UTF-8 (72 letters or digits, 24 Chinese characters)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidPassword, String> {

		/** Whether a password can be hashed at all; longer ones can never be anybody's. */
		public static boolean fitsHash(String password) {
			return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || (value.codePointCount(0, value.length()) >= 8 && fitsHash(value));
		}
	}
}
