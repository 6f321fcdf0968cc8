package cn.saihan.trace.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TypedDecimalsTests {

	private final TypedDecimals decimals = new TypedDecimals();

	@Test
	void groupingCommasAsCopiedFromAStatisticsTableAreRead() throws ParseException {
		assertThat(decimals.parse("3,000,000", Locale.CHINA)).isEqualByComparingTo("3000000");
		assertThat(decimals.parse(" 2,350,000,000.50 ", Locale.CHINA)).isEqualByComparingTo("2350000000.50");
		assertThat(decimals.parse("-1,200", Locale.CHINA)).isEqualByComparingTo("-1200");
	}

	@Test
	void fullWidthDigitsAndPunctuationOfAChineseInputMethodAreRead() throws ParseException {
		assertThat(decimals.parse("３，０００，０００．５", Locale.CHINA)).isEqualByComparingTo("3000000.5");
		assertThat(decimals.parse("１２００", Locale.CHINA)).isEqualByComparingTo("1200");
		assertThat(decimals.parse("8.50\u3000", Locale.CHINA)).isEqualByComparingTo("8.50");
	}

	@Test
	void aCommaThatDoesNotGroupThousandsIsRefusedRatherThanGuessed() {
		for (String ambiguous : new String[] { "1,5", "12,34,567", "1,000.000,5", ",100", "1,0000" }) {
			assertThatExceptionOfType(ParseException.class).as(ambiguous)
				.isThrownBy(() -> decimals.parse(ambiguous, Locale.CHINA));
		}
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> decimals.parse("abc", Locale.CHINA));
	}

	@Test
	void valuesAreWrittenBackPlainly() {
		assertThat(decimals.print(new BigDecimal("3E+6"), Locale.CHINA)).isEqualTo("3000000");
	}
}
