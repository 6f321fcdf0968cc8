package cn.saihan.trace.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A quantity that {@linkplain Kilograms#allowed(java.math.BigDecimal) may be written}: positive, at
 * most 9 digits before the point and 3 after. {@code null} is left to {@code @NotNull}.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidKilograms.Validator.class)
@interface ValidKilograms {

	String message() default "must be a positive number of kilograms, at most 9 digits before the point and 3 after";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidKilograms, Kilograms> {

		@Override
		public boolean isValid(Kilograms value, ConstraintValidatorContext context) {
			return value == null || value.readable() && Kilograms.allowed(value.value());
		}
	}
}
