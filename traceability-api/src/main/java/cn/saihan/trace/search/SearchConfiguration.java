package cn.saihan.trace.search;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;

import cn.saihan.trace.lot.Lots;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.product.Products;

/**
 * Chooses the search engine: Elasticsearch when {@code spring.elasticsearch.uris} is set, the
 * database otherwise. The client is built here rather than by Boot's auto-configuration so that
 * without the property no client exists at all and nothing ever tries to reach a node.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	@Bean
	@Conditional(ConditionalOnElasticsearch.NotConfigured.class)
	DatabaseSearchEngine databaseSearchEngine(JdbcClient jdbc, Products products, Producers producers, Lots lots,
			SearchDocuments documents) {
		return new DatabaseSearchEngine(jdbc, products, producers, lots, documents);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnElasticsearch
	static class ElasticsearchEngineConfiguration {

		@Bean(destroyMethod = "close")
		Rest5Client searchRestClient(Environment environment, SearchProperties properties) {
			Binder binder = Binder.get(environment);
			List<URI> uris = binder.bind("spring.elasticsearch.uris", Bindable.listOf(URI.class)).get();
			Rest5ClientBuilder builder = Rest5Client.builder(uris)
				.setConnectionConfigCallback(connection -> connection
					.setConnectTimeout(Timeout.of(properties.connectTimeout()))
					.setSocketTimeout(Timeout.of(properties.readTimeout())))
				.setRequestConfigCallback(request -> request.setResponseTimeout(Timeout.of(properties.readTimeout())));
			binder.bind("spring.elasticsearch.username", String.class).ifBound(username -> {
				String password = binder.bind("spring.elasticsearch.password", String.class).orElse("");
				String token = Base64.getEncoder()
					.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
				builder.setDefaultHeaders(new Header[] { new BasicHeader(HttpHeaders.AUTHORIZATION, "Basic " + token) });
			});
			return builder.build();
		}

		@Bean
		ElasticsearchClient searchClient(Rest5Client searchRestClient) {
			return new ElasticsearchClient(new Rest5ClientTransport(searchRestClient, new Jackson3JsonpMapper()));
		}

		@Bean
		ElasticsearchIndex searchIndex(ElasticsearchClient searchClient, SearchProperties properties) {
			return new ElasticsearchIndex(searchClient, properties);
		}

		@Bean
		ElasticsearchSearchEngine elasticsearchSearchEngine(ElasticsearchIndex searchIndex,
				SearchProperties properties, JdbcClient jdbc) {
			return new ElasticsearchSearchEngine(searchIndex, properties, jdbc);
		}
	}
}
