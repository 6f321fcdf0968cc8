package cn.saihan.trace.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Codes derived from a row never change: a file imported last year must find its lots again. */
class DerivedLotCodeTests {

	private static final String ROW = "91150105MA0T2P3N4X|TPZ-TOMATO|2026-06-01|10|2|null|null";

	@Test
	void theCodesOfARowAreTheOnesEarlierImportsStored() {
		assertThat(DerivedLotCode.of("TPZ-TOMATO", LocalDate.of(2026, 6, 1), ROW, 0)).isEqualTo("TPZ-260601-46DGHFD");
		assertThat(DerivedLotCode.of("TPZ-TOMATO", LocalDate.of(2026, 6, 1), ROW, 1)).isEqualTo("TPZ-260601-NEZ0D70");
	}

	@Test
	void thePrefixIsUpToFiveLettersAndDigitsOfTheProductCodeInCapitals() {
		assertThat(DerivedLotCode.of("gdl_strawberry-x", LocalDate.of(2025, 2, 3), "k", 0))
			.isEqualTo("GDLST-250203-G9AC6AD");
		assertThat(DerivedLotCode.of("", LocalDate.of(2025, 2, 3), "k", 2)).isEqualTo("LOT-250203-09ZR3YS");
	}
}
