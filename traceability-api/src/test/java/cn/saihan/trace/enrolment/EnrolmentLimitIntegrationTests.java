package cn.saihan.trace.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import cn.saihan.trace.testing.RegistryClient;
import cn.saihan.trace.testing.TraceIntegrationTest;

/** Anyone may submit an enrolment, so the requests waiting for review are capped. */
@TraceIntegrationTest
@TestPropertySource(properties = "trace.enrolment.max-pending=2")
class EnrolmentLimitIntegrationTests {

	@Autowired
	RegistryClient registry;

	private int submit(String username) {
		Map<String, Object> body = Map.of("name", "刘二个体户", "type", "INDIVIDUAL", "townCode", "jinhe",
				"contactName", "刘二", "contactPhone", "13800000000", "username", username, "password", "long-enough-1");
		return registry.anonymous().post().uri("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON)
			.body(body).exchange().returnResult().getStatus().value();
	}

	@Test
	void aFloodOfRequestsStopsAtTheCapUntilTheBureauDecides() {
		assertThat(submit("flood-1")).isEqualTo(201);
		assertThat(submit("flood-2")).isEqualTo(201);
		long stored = registry.count("enrolment");
		assertThat(submit("flood-3")).isEqualTo(429);
		assertThat(registry.count("enrolment")).isEqualTo(stored);

		long first = registry.jdbc().queryForObject("SELECT min(id) FROM enrolment", Long.class);
		registry.asBureau().post().uri("/api/v1/enrolments/" + first + "/rejection")
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "测试")).exchange().expectStatus().isOk();
		assertThat(submit("flood-3")).isEqualTo(201);
	}
}
