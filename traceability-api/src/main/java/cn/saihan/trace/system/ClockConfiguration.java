package cn.saihan.trace.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the district's zone, so that "today" means the same everywhere. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TraceProperties.class)
class ClockConfiguration {

	@Bean
	Clock clock(TraceProperties properties) {
		return Clock.system(properties.zone());
	}
}
