package cn.saihan.trace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LotValueTests {

	@ParameterizedTest
	@CsvSource({ "3, 0.125, 0.38", // exact half rounds up
			"1.5, 0.333, 0.50", // 0.4995 → 0.50
			"1200, 6.5, 7800.00", //
			"0.001, 0.004, 0.00", //
			"0.1, 0.05, 0.01", // 0.005 exactly: half-up, where binary floating point gives 0.00
			"999999999.999, 9999999.9999, 9999999999890000.00" }) // (1e9 − 0.001)(1e7 − 0.0001)
	void valueIsQuantityTimesPriceHalfUpToCents(String quantity, String price, String value) {
		assertThat(Lot.valueOf(new BigDecimal(quantity), new BigDecimal(price))).isEqualTo(new BigDecimal(value));
	}
}
