package cn.saihan.trace.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Page parameters are checked for every handler ({@link PageParameters}). */
@Configuration(proxyBeanMethods = false)
class PagingConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageParameters());
	}
}
