package cn.saihan.trace.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CertificationTypeTests {

	@Test
	void greenFoodNumbersFollowTheLicenceShape() {
		assertThat(CertificationType.GREEN.acceptsNumber("LB-15-1711196965A")).isTrue();
		assertThat(CertificationType.GREEN.acceptsNumber("LB-15-19012700330A")).isTrue();
		assertThat(CertificationType.GREEN.acceptsNumber("LB-15-1711196965AA")).isTrue();
		assertThat(CertificationType.GREEN.acceptsNumber("LB-15-1713196965A")).as("month 13").isFalse();
		assertThat(CertificationType.GREEN.acceptsNumber("LB-15-171119696A")).as("3-digit serial").isFalse();
		assertThat(CertificationType.GREEN.acceptsNumber("LB-15-1711196965B")).as("grade B").isFalse();
		assertThat(CertificationType.GREEN.acceptsNumber("GF150105240001")).as("enterprise code").isFalse();
	}

	@Test
	void geographicalIndicationNumbersStartWithAgi() {
		assertThat(CertificationType.GI.acceptsNumber("AGI01234")).isTrue();
		assertThat(CertificationType.GI.acceptsNumber("AGI2012-02-869")).isTrue();
		assertThat(CertificationType.GI.acceptsNumber("AG01234")).isFalse();
	}

	@Test
	void organicAndPollutionFreeNumbersVaryByBodyButAreNotFreeText() {
		assertThat(CertificationType.ORGANIC.acceptsNumber("124OP2400123")).isTrue();
		assertThat(CertificationType.ORGANIC.acceptsNumber("12345")).as("too short").isFalse();
		assertThat(CertificationType.ORGANIC.acceptsNumber("有机 123456")).isFalse();
		assertThat(CertificationType.POLLUTION_FREE.acceptsNumber("WGH-15-0001")).isTrue();
	}

	@Test
	void validityEndsTheDayBeforeTheAnniversary() {
		LocalDate from = LocalDate.of(2025, 3, 15);
		assertThat(CertificationType.ORGANIC.latestValidTo(from)).contains(LocalDate.of(2026, 3, 14));
		assertThat(CertificationType.GREEN.latestValidTo(from)).contains(LocalDate.of(2028, 3, 14));
		assertThat(CertificationType.GI.latestValidTo(from)).isEmpty();
	}

	@Test
	void statusOnADateFollowsWindowAndRevocation() {
		Certification green = new Certification(1L, CertificationType.GREEN, "LB-15-2401051234A",
				java.util.Set.of("TPZ-TOMATO"), null, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), null);
		assertThat(green.statusOn(LocalDate.of(2023, 12, 31))).isEqualTo(CertificationStatus.NOT_YET_VALID);
		assertThat(green.statusOn(LocalDate.of(2024, 1, 1))).isEqualTo(CertificationStatus.VALID);
		assertThat(green.statusOn(LocalDate.of(2026, 12, 31))).isEqualTo(CertificationStatus.VALID);
		assertThat(green.statusOn(LocalDate.of(2027, 1, 1))).isEqualTo(CertificationStatus.EXPIRED);
		green.revoke(LocalDate.of(2025, 6, 1), "抽检不合格");
		assertThat(green.statusOn(LocalDate.of(2025, 5, 31))).isEqualTo(CertificationStatus.VALID);
		assertThat(green.statusOn(LocalDate.of(2025, 6, 1))).isEqualTo(CertificationStatus.REVOKED);
	}
}
