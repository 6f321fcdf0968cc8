package cn.saihan.trace.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class GtinTests {

	@Test
	void computesTheGs1CheckDigitOfPublishedVectors() {
		assertThat(Gtin.checkDigit("0950110153000")).isEqualTo(3);
		assertThat(Gtin.checkDigit("0690123456789")).isEqualTo(2);
		assertThat(Gtin.withCheckDigit("0690123456789").value()).isEqualTo("06901234567892");
	}

	@Test
	void padsShorterGtinsToFourteenDigits() {
		assertThat(Gtin.of("6901234567892").value()).isEqualTo("06901234567892");
		assertThat(Gtin.of("9501101530003").value()).isEqualTo("09501101530003");
	}

	@Test
	void refusesAWrongCheckDigitOrShape() {
		assertThat(Gtin.isValid("06901234567893")).isFalse();
		assertThat(Gtin.isValid("0690123456789")).isFalse();
		assertThat(Gtin.isValid("0690123456789A")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new Gtin("06901234567893"));
	}
}
