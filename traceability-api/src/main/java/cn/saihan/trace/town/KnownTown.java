package cn.saihan.trace.town;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The code of a town of the district; {@code null} is left to {@code @NotNull}. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownTown.Validator.class)
public @interface KnownTown {

	String message() default "is not a town code of Saihan District (see GET /api/v1/towns)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<KnownTown, String> {

		private final Towns towns;

		Validator(Towns towns) {
			this.towns = towns;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || towns.existsById(value);
		}
	}
}
