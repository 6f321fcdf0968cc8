package cn.saihan.trace.product;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.saihan.trace.gs1.Gtin;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A GTIN-8, -12, -13 or -14 with a correct GS1 check digit; {@code null} is left to {@code @NotNull}. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidGtin.Validator.class)
public @interface ValidGtin {

	String message() default "must be a GTIN of 8, 12, 13 or 14 digits with a correct GS1 check digit";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidGtin, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || Gtin.problem(null, value).isEmpty();
		}
	}
}
