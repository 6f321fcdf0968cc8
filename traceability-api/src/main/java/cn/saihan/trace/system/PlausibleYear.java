package cn.saihan.trace.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A year the registry can hold: from {@link #FIRST}, before which it keeps no lots and no
 * certifications, to {@link #LAST}. Every parameter, path and field that takes a year uses it, so
 * that no year outside them reaches a query or a loop over years ({@code Integer.MAX_VALUE} would
 * overflow one).
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Min(PlausibleYear.FIRST)
@Max(PlausibleYear.LAST)
@ReportAsSingleViolation
public @interface PlausibleYear {

	/** The first year of the registry: nothing in it is dated earlier. */
	int FIRST = 2000;

	/** The last year it takes. */
	int LAST = 2100;

	String message() default "must be a year from " + FIRST + " to " + LAST;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
