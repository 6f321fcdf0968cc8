package cn.saihan.trace.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.saihan.trace.testing.TraceIntegrationTest;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;

/** The embedded default: without {@code spring.elasticsearch.uris} the database answers. */
@TraceIntegrationTest
class SearchWithDatabaseIntegrationTests extends SearchContract {

	@Autowired
	ApplicationContext context;

	@Test
	void needsNoElasticsearchClientAtAll() {
		assertThat(context.getBean(SearchEngine.class)).isInstanceOf(DatabaseSearchEngine.class);
		assertThat(context.getBeanNamesForType(ElasticsearchClient.class)).isEmpty();
		assertThat(context.getBeanNamesForType(Rest5Client.class)).isEmpty();
	}
}
