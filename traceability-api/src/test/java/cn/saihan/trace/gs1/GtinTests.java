package cn.saihan.trace.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.system.FieldProblem;

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

	@Test
	void onlyGtin8And12And13And14ArePaddedAndSaysWhyOthersAreNot() {
		assertThat(Gtin.of("96385074").value()).isEqualTo("00000096385074");
		// eleven digits padded would pass the check digit, but no GTIN has eleven
		assertThat(Gtin.isValid("000" + "12345678905")).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> Gtin.of("12345678905"));
		assertThat(Gtin.problem("gtin", "12345678905")).get()
			.returns(Gs1Refusal.GTIN_SHAPE.code(), FieldProblem::code)
			.returns("gtin", FieldProblem::field);
		assertThat(Gtin.problem("01", "06901234567893")).get()
			.returns(Gs1Refusal.GTIN_CHECK_DIGIT.code(), FieldProblem::code);
		assertThat(Gtin.problem("01", "6901234567892")).isEmpty();
	}
}
