package cn.saihan.trace.lot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.lot.InheritedQuantity.Input;

class InheritedQuantityTests {

	private static Input input(String used, String certified, String quantity) {
		return new Input(new BigDecimal(used), new BigDecimal(certified), new BigDecimal(quantity));
	}

	@Test
	void oneCertifiedKilogramMergedWithNineHundredNinetyNineUncertifiedCertifiesOneKilogram() {
		assertThat(InheritedQuantity.of(List.of(input("1", "1", "1"), input("999", "0", "999")), new BigDecimal("1000")))
			.isEqualByComparingTo("1.000");
	}

	@Test
	void theShareIsScaledToTheOutputAndRoundedDownToTheGram() {
		// 1 kg of a 3 kg lot with 2 kg certified: 0.6666… kg → 0.666
		assertThat(InheritedQuantity.of(List.of(input("1", "2", "3")), new BigDecimal("1"))).isEqualTo(new BigDecimal("0.666"));
		// 100 kg in (80 certified of 100), 90 kg out: 80 × 90 / 100 = 72
		assertThat(InheritedQuantity.of(List.of(input("100", "80", "100")), new BigDecimal("90")))
			.isEqualByComparingTo("72");
	}

	@Test
	void thirdsThatAddUpToAWholeGramStayThatGram() {
		// 1/3 + 2/3 = 1 kg exactly, not 0.999
		assertThat(InheritedQuantity.of(List.of(input("1", "1", "3"), input("1", "2", "3")), new BigDecimal("2")))
			.isEqualTo(new BigDecimal("1.000"));
	}

	@Test
	void uncertifiedInputStaysUncertified() {
		assertThat(InheritedQuantity.of(List.of(input("500", "0", "500")), new BigDecimal("500"))).isZero();
	}
}
