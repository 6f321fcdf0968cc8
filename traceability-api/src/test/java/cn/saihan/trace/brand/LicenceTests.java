package cn.saihan.trace.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.system.ConflictException;
import cn.saihan.trace.system.InvalidInputException;

/** A licence guards its own transitions: decided once, revoked only when approved and within its validity. */
class LicenceTests {

	static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

	static final LocalDate FROM = LocalDate.of(2025, 1, 1);

	static final LocalDate TO = LocalDate.of(2025, 12, 31);

	@Test
	void anApplicationIsDecidedOnce() {
		Licence licence = Licence.applied("TPZ", 1, FROM, TO, NOW, "farmer");
		licence.approve(NOW, "bureau");
		assertThatThrownBy(() -> licence.reject(NOW, "bureau", "晚了")).isInstanceOf(ConflictException.class)
			.satisfies(ex -> assertThat(((ConflictException) ex).is(BrandRefusal.LICENCE_NOT_PENDING)).isTrue());
		assertThat(licence.getStatus()).isEqualTo(LicenceStatus.APPROVED);
	}

	@Test
	void onlyAnApprovedLicenceIsRevokedAndOnlyFromADateWithinItsValidity() {
		Licence pending = Licence.applied("TPZ", 1, FROM, TO, NOW, "farmer");
		assertThatThrownBy(() -> pending.revoke(FROM, "违规")).isInstanceOf(ConflictException.class);
		Licence granted = Licence.granted("TPZ", 1, FROM, TO, NOW, "bureau");
		assertThatThrownBy(() -> granted.revoke(FROM.minusDays(1), "违规")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> granted.revoke(TO.plusDays(1), "违规")).isInstanceOf(InvalidInputException.class);
		granted.revoke(TO, "违规");
		assertThat(granted.validOn(TO.minusDays(1))).isTrue();
		assertThat(granted.validOn(TO)).isFalse();
		assertThatThrownBy(() -> granted.revoke(TO, "again")).isInstanceOf(ConflictException.class);
	}
}
