package cn.saihan.trace.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/** The one query of lapsing certifications, asked with days other than the defaults. */
@TraceIntegrationTest
class LapsingCertificationsIntegrationTests {

	@Autowired
	LapsingCertifications lapsing;

	@Autowired
	RegistryClient registry;

	@Autowired
	Clock clock;

	@Test
	void listsCertificationsValidTodayEndingWithinTheDaysAndThoseLapsedWithinTheirDaysButNoRevokedOrFutureOnes() {
		// given
		LocalDate today = LocalDate.now(clock);
		long producer = registry.producer("午合作社", "jinhe");
		String lastDayToday = green(producer, today.minusDays(200), today);
		String lastDayIn = green(producer, today.minusDays(200), today.plusDays(20));
		String dayAfter = green(producer, today.minusDays(200), today.plusDays(21));
		String lapsedYesterday = green(producer, today.minusDays(200), today.minusDays(1));
		String lapsedLongest = green(producer, today.minusDays(200), today.minusDays(10));
		String lapsedLonger = green(producer, today.minusDays(200), today.minusDays(11));
		String notYetValid = green(producer, today.plusDays(1), today.plusDays(5));
		String revokedNumber = RegistryClient.freshGreenNumber();
		long revoked = registry.certification(producer, "GREEN", revokedNumber, List.of("TPZ-TOMATO"),
				today.minusDays(200), today.plusDays(5));
		registry.asBureau().post().uri("/api/v1/certifications/" + revoked + "/revocation")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("revokedAt", today.toString(), "reason", "抽检不合格"))
			.exchange().expectStatus().isOk();
		// A revocation lies within the validity: this one on the last day, so it never lapsed.
		String revokedOnItsLastDay = RegistryClient.freshGreenNumber();
		long lastDayRevoked = registry.certification(producer, "GREEN", revokedOnItsLastDay,
				List.of("TPZ-TOMATO"), today.minusDays(200), today.minusDays(3));
		registry.asBureau().post().uri("/api/v1/certifications/" + lastDayRevoked + "/revocation")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("revokedAt", today.minusDays(3).toString(), "reason", "停产"))
			.exchange().expectStatus().isOk();
		registry.certification(producer, "GI", String.format("AGI2099-01-%05d", producer), List.of("TPZ-TOMATO"),
				today.minusDays(200), null);

		// when within 20 days, lapsed within 10
		List<LapsingCertification> list = lapsing.on(today, 20, 10).stream()
			.filter(l -> l.certification().getProducerId() == producer)
			.toList();

		// then
		assertThat(list).extracting(l -> l.certification().getCertificateNo())
			.containsExactly(lapsedLongest, lapsedYesterday, lastDayToday, lastDayIn)
			.doesNotContain(dayAfter, lapsedLonger, notYetValid, revokedNumber, revokedOnItsLastDay);
		assertThat(list).extracting(LapsingCertification::lapse)
			.containsExactly(Lapse.LAPSED, Lapse.LAPSED, Lapse.EXPIRING, Lapse.EXPIRING);
		assertThat(list).extracting(LapsingCertification::daysLeft).containsExactly(-10L, -1L, 0L, 20L);
		assertThat(list).allSatisfy(l -> assertThat(l.producer().getName()).isEqualTo("午合作社"));
	}

	private String green(long producer, LocalDate from, LocalDate to) {
		String number = RegistryClient.freshGreenNumber();
		registry.certification(producer, "GREEN", number, List.of("TPZ-TOMATO"), from, to);
		return number;
	}
}
