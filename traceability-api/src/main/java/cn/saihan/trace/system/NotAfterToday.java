package cn.saihan.trace.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date that is not after today in the district's zone. Unlike {@code @PastOrPresent}, "today"
 * comes from the application's clock, not the server's default zone.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotAfterToday.Validator.class)
public @interface NotAfterToday {

	String message() default "must not be in the future";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NotAfterToday, LocalDate> {

		private final Clock clock;

		Validator(Clock clock) {
			this.clock = clock;
		}

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || !value.isAfter(LocalDate.now(clock));
		}
	}
}
