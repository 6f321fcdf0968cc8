package cn.saihan.trace.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date the registry can hold: from {@link #FIRST} to {@link #LAST}, the first and last days of the
 * years of {@link PlausibleYear}. Without it, {@code -999999999-01-01} or {@code 0000-01-01} would be
 * stored (and read back as another date by a database that keeps years of other widths). Every request
 * and form field that takes a date or a time carries it; the lot write path checks a harvest date
 * against {@link #FIRST} itself ({@code lot/LotRules}), so that every way a lot enters is bound alike.
 * Nearer bounds of a rule (not in the future, not before the harvest) are checked where the rule is.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = { PlausibleDate.DateValidator.class, PlausibleDate.TimeValidator.class })
public @interface PlausibleDate {

	/** Nothing in the registry happened earlier. */
	LocalDate FIRST = LocalDate.of(PlausibleYear.FIRST, 1, 1);

	/** Nor later: a certificate's validity ends by then. */
	LocalDate LAST = LocalDate.of(PlausibleYear.LAST, 12, 31);

	String message() default "must be a date from 2000-01-01 to 2100-12-31";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule itself, for the checks that are no bean validation (the lot write path). */
	final class Check {

		private Check() {
		}

		/** Whether a date lies within the bounds; {@code null} is for {@code @NotNull} to judge. */
		public static boolean holds(LocalDate date) {
			return date == null || !date.isBefore(FIRST) && !date.isAfter(LAST);
		}
	}

	class DateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return Check.holds(value);
		}
	}

	/** A time by its own calendar day: the bounds are a day wide in any zone. */
	class TimeValidator implements ConstraintValidator<PlausibleDate, OffsetDateTime> {

		@Override
		public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
			return value == null || Check.holds(value.toLocalDate());
		}
	}
}
