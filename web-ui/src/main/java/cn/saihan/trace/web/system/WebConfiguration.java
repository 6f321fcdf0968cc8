package cn.saihan.trace.web.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak Chinese whatever language the browser asks for: many phones in the district are
 * set to English or come with an English default, and the people reading these pages read Chinese.
 * {@code ?lang=en} switches to English and a cookie remembers the choice for a year.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_PARAMETER = "lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("saihan-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * Page texts ({@code messages}) and what the domain's refusals say in Chinese ({@code refusals},
	 * by the codes of the {@code *Refusal} enums). English has no refusal file: the enums' own English
	 * is shown. Never the server's language instead of the reader's.
	 */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "refusals");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** Amounts typed into forms, with grouping commas or full-width digits (see {@link TypedDecimals}). */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatter(new TypedDecimals());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(LANGUAGE_PARAMETER);
		// An unknown ?lang= value is ignored rather than failing the page.
		interceptor.setIgnoreInvalidLocale(true);
		// The JSON API has no language: its messages are for developers.
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
	}
}
