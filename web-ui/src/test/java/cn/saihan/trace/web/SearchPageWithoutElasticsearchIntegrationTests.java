package cn.saihan.trace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The application configured for an Elasticsearch cluster that does not answer: the search page
 * says search is unavailable with 503, and the rest of the pages work on.
 */
@PageIntegrationTest
@TestPropertySource(properties = "spring.elasticsearch.uris=http://127.0.0.1:9")
class SearchPageWithoutElasticsearchIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theSearchPageSaysSearchIsUnavailableAndTheHomePageStillOpens() {
		PageSession visitor = new PageSession(port);
		HttpResponse<String> search = visitor.get("/search?q=" + URLEncoder.encode("番茄", StandardCharsets.UTF_8));
		assertThat(search.statusCode()).isEqualTo(503);
		assertThat(search.body()).contains("搜索暂时不可用").doesNotContain("id=\"results\"");
		assertThat(visitor.get("/").statusCode()).isEqualTo(200);
	}
}
