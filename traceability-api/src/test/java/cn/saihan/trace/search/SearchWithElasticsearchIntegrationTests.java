package cn.saihan.trace.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import cn.saihan.trace.testing.ElasticsearchNode;
import cn.saihan.trace.testing.ElasticsearchNodeExtension;
import cn.saihan.trace.testing.TraceIntegrationTest;

/** The same promises against a real Elasticsearch node, plus updating and removing documents. */
@TraceIntegrationTest
@ExtendWith(ElasticsearchNodeExtension.class)
@TestPropertySource(properties = { "trace.search.index=search-test-${random.uuid}",
		"trace.search.flush-interval=200ms", "trace.search.retry-interval=1s" })
class SearchWithElasticsearchIntegrationTests extends SearchContract {

	@Autowired
	SearchEngine engine;

	@DynamicPropertySource
	static void elasticsearch(DynamicPropertyRegistry properties) {
		properties.add("spring.elasticsearch.uris", () -> ElasticsearchNode.shared().uri());
	}

	@Test
	void usesElasticsearch() {
		assertThat(engine).isInstanceOf(ElasticsearchSearchEngine.class);
	}

	@Test
	void findsAChangedDocumentByItsNewNameOnly() {
		String before = token() + "旧名农场";
		String after = token() + "新名农场";
		long id = registry.producer(before, "yulin");
		awaitHits(before, hits -> assertThat(ids(hits)).contains(Long.toString(id)));

		engine.index(SearchDocument.producer(id, after, null, "榆林镇", "东干丈村"));

		awaitHits(after, hits -> assertFirstHit(hits, "PRODUCER", Long.toString(id), after));
		awaitHits(before, hits -> assertThat(ids(hits)).doesNotContain(Long.toString(id)));
	}

	@Test
	void forgetsARemovedDocument() {
		String name = token() + "葡萄园";
		long id = registry.producer(name, "jinhe");
		awaitHits(name, hits -> assertThat(ids(hits)).containsExactly(Long.toString(id)));

		engine.remove(SearchKind.PRODUCER, Long.toString(id));

		awaitHits(name, hits -> assertThat(hits).isEmpty());
	}
}
