package cn.saihan.trace.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;

/**
 * The length of a new password, wherever one is chosen: a producer's login, an enrolment, a
 * password change, their forms. {@code null} is left to {@code @NotBlank}.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Size(min = 8, max = 100)
@ReportAsSingleViolation
public @interface ValidPassword {

	String message() default "must be 8 to 100 characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
