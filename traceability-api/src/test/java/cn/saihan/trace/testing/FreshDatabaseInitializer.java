package cn.saihan.trace.testing;

import java.util.HashMap;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points each test application at a database of its own (see {@link TestDatabases}). */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources()
			.addFirst(new MapPropertySource("freshTestDatabase", new HashMap<>(TestDatabases.fresh("trace"))));
	}
}
