package cn.saihan.trace.system;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link ProblemReportValve} in place of Tomcat's error report valve (and of the one Spring Boot adds). */
@Configuration(proxyBeanMethods = false)
class ContainerProblemsConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
		return new ValveCustomizer();
	}

	/** After Spring Boot's own customizer, whose context customizer adds its valve first. */
	private static final class ValveCustomizer
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(ProblemReportValve.class.getName());
				}
				Pipeline pipeline = context.getParent().getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
						pipeline.removeValve(valve);
					}
				}
				pipeline.addValve(new ProblemReportValve());
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}
	}
}
