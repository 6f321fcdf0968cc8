package cn.saihan.trace.search;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * Whether the Elasticsearch cluster answers, for the readiness group ({@code search}); only when
 * {@code spring.elasticsearch.uris} is set.
 */
@Component("searchHealthIndicator")
@ConditionalOnElasticsearch
class SearchHealth extends AbstractHealthIndicator {

	private final ElasticsearchClient client;

	SearchHealth(ElasticsearchClient client) {
		super("Elasticsearch does not answer");
		this.client = client;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		if (client.ping().value()) {
			builder.up();
		}
		else {
			builder.down();
		}
	}
}
