package cn.saihan.trace.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "91110000100017643K" })
	void acceptsPublishedExamples(String code) {
		assertThat(CreditCode.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y44", // wrong check character
			"91350100M000100Y4", // 17 characters
			"91350100M000100Y433", // 19 characters
			"91350100I000100Y43", // I is not in the alphabet
			"91350100m000100Y43", // lower case
			"" })
	void refusesMalformedCodes(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new CreditCode(code));
	}

	@Test
	void checkCharacterThirtyOneBecomesZero() {
		// Σ mod 31 == 0 gives 31 − 0 = 31, which the standard writes as 0.
		String seventeen = "00000000000000000";
		assertThat(CreditCode.checkCharacter(seventeen)).isEqualTo('0');
		assertThat(CreditCode.isValid(seventeen + "0")).isTrue();
	}

	@Test
	void completesSeventeenCharactersWithTheirCheckCharacter() {
		assertThat(CreditCode.withCheckCharacter("91350100M000100Y4").value()).isEqualTo("91350100M000100Y43");
	}
}
