package cn.saihan.trace.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

class HarvestEventsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { "120.5", "1200", "0.001", "120.500", "1E+3", "999999999.999" })
	void detailsAreWhatTheJsonMapperWrites(String quantity) {
		BigDecimal quantityKg = new BigDecimal(quantity);
		assertThat(HarvestEvents.details(quantityKg))
			.isEqualTo(JSON.writeValueAsString(Map.of("quantityKg", quantityKg)));
	}
}
