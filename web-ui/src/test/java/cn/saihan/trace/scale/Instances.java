package cn.saihan.trace.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import cn.saihan.trace.SaihanTraceApplication;

/** Several instances of the whole application on one shared database, as behind a load balancer. */
final class Instances implements AutoCloseable {

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	Instances(int count, Map<String, String> database, String... extraArgs) {
		for (int i = 0; i < count; i++) {
			List<String> args = new ArrayList<>(List.of("--server.port=0", "--trace.labels.secret=shared-secret-of-all-instances",
					"--logging.level.root=WARN"));
			database.forEach((key, value) -> args.add("--" + key + "=" + value));
			args.addAll(List.of(extraArgs));
			contexts.add(new SpringApplicationBuilder(SaihanTraceApplication.class).run(args.toArray(String[]::new)));
		}
	}

	int size() {
		return contexts.size();
	}

	String baseUrl(int instance) {
		return "http://localhost:" + ((WebServerApplicationContext) contexts.get(instance)).getWebServer().getPort();
	}

	<T> T bean(int instance, Class<T> type) {
		return contexts.get(instance).getBean(type);
	}

	@Override
	public void close() {
		contexts.forEach(ConfigurableApplicationContext::close);
	}
}
