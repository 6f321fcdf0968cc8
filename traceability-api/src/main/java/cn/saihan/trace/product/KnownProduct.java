package cn.saihan.trace.product;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The code of a product in the catalog; {@code null} and blank are left to {@code @NotNull} and
 * {@code @NotBlank}, so that an empty choice is one error, not two.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownProduct.Validator.class)
public @interface KnownProduct {

	String message() default "is not a product code of the catalog (see GET /api/v1/products)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<KnownProduct, String> {

		private final Products products;

		Validator(Products products) {
			this.products = products;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || products.existsById(value);
		}
	}
}
