package cn.saihan.trace.certification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A certificate year (spec §2.9): year {@code k} of a certification runs from {@code validFrom} plus
 * {@code k} years (inclusive) to {@code validFrom} plus {@code k+1} years (exclusive), cut at
 * {@code validTo}. Each year is counted from {@code validFrom} itself, never from the year before: a
 * certificate from 29 February 2024 starts its second year on 28 February 2025 and its fifth on
 * 29 February 2028.
 *
 * @param index {@code k}, from 0
 * @param from the year's first day
 * @param to its last day (inclusive); {@code null} only for an open-ended GI
 */
public record CertificateYear(int index, LocalDate from, LocalDate to) {

	static CertificateYear holding(LocalDate validFrom, LocalDate validTo, LocalDate date) {
		if (date.isBefore(validFrom)) {
			throw new IllegalArgumentException(date + " is before the validity starts, " + validFrom);
		}
		// YEARS.between counts 2024-02-29 → 2025-02-28 as no whole year, while the rule starts year 1
		// on 2025-02-28 (validFrom.plusYears(1)); so start from it and step on while the next year has begun.
		int k = (int) ChronoUnit.YEARS.between(validFrom, date);
		while (!validFrom.plusYears(k + 1L).isAfter(date)) {
			k++;
		}
		return of(validFrom, validTo, k);
	}

	/** Year {@code k} of a validity. */
	public static CertificateYear of(LocalDate validFrom, LocalDate validTo, int k) {
		LocalDate end = validFrom.plusYears(k + 1L).minusDays(1);
		return new CertificateYear(k, validFrom.plusYears(k), validTo != null && validTo.isBefore(end) ? validTo : end);
	}
}
