package cn.saihan.trace.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The import reads ISO dates digit by digit; it must accept and refuse exactly what {@code LocalDate.parse} does. */
class LotRowDatesTests {

	@ParameterizedTest
	@ValueSource(strings = { "2025-07-18", "2024-02-29", "0001-01-01", "9999-12-31", "+10000-01-01" })
	void readsWhatLocalDateParses(String text) {
		assertThat(LotRowProcessor.isoDate(text)).isEqualTo(LocalDate.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13-01", "2025-02-29", "2025-04-31", "2025-00-10", "2025-07-00", "2025-7-18",
			"2025-07-1x", "20250718", "2025/07/18", "2025-07-18 ", "-2025-07-1" })
	void refusesWhatLocalDateRefuses(String text) {
		assertThatThrownBy(() -> LocalDate.parse(text)).isInstanceOf(DateTimeException.class);
		assertThatThrownBy(() -> LotRowProcessor.isoDate(text)).isInstanceOf(DateTimeException.class);
	}
}
