package cn.saihan.trace.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * The shape of a login's user name, wherever one is chosen: the bureau giving a producer its login,
 * a producer's enrolment, their forms. ASCII only, and no trailing dot ({@code bureau.} is not a
 * second {@code bureau}); names that differ only in case are one name ({@link UsernameKey}).
 * {@code null} is left to {@code @NotBlank}.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = "[A-Za-z0-9._-]{2,49}[A-Za-z0-9_-]")
@ReportAsSingleViolation
public @interface ValidUsername {

	String message() default "must be 3 to 50 letters, digits, '.', '_' or '-', not ending in '.'";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
