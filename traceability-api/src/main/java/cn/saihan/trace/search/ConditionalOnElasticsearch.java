package cn.saihan.trace.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code spring.elasticsearch.uris} names at least one node, given as a list or
 * comma-separated; decided on the property rather than on a bean, so it holds in any order.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ConditionalOnElasticsearch.Configured.class)
public @interface ConditionalOnElasticsearch {

	final class Configured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return configured(context.getEnvironment());
		}

		static boolean configured(Environment environment) {
			return Binder.get(environment).bind("spring.elasticsearch.uris", Bindable.listOf(String.class))
				.map(uris -> uris.stream().anyMatch(uri -> !uri.isBlank())).orElse(false);
		}
	}

	final class NotConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !Configured.configured(context.getEnvironment());
		}
	}
}
