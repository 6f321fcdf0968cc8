package cn.saihan.trace.system;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits of {@link HttpLimits}: the body cap as a filter, and Jackson's read constraints (a
 * JSON body's longest string, deepest nesting, longest number) on the application's one
 * {@link JsonMapper}, which Spring Boot's customisations still shape.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpLimits.class)
class HttpLimitsConfiguration {

	@Bean
	BodyLimitFilter bodyLimitFilter(HttpLimits limits, JsonMapper json) {
		return new BodyLimitFilter(limits, json);
	}

	@Bean
	JsonMapper jsonMapper(HttpLimits limits, List<JsonMapperBuilderCustomizer> customizers) {
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxStringLength(limits.maxJsonStringLength())
				.maxNestingDepth(limits.maxJsonNestingDepth())
				.maxNumberLength(limits.maxJsonNumberLength())
				.build())
			.build();
		JsonMapper.Builder builder = JsonMapper.builder(factory);
		customizers.forEach(customizer -> customizer.customize(builder));
		return builder.build();
	}
}
