package cn.saihan.trace.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of search under {@code trace.search}. Which engine answers is decided by
 * {@code spring.elasticsearch.uris}: present means Elasticsearch, absent means the database.
 *
 * @param index name of the Elasticsearch index that holds products, producers and lots together
 * @param analyzer analyzer of the full-text fields; {@code standard} splits Chinese into single
 * characters and works on any node, a production cluster may name {@code ik_max_word} or
 * {@code smartcn} once the plugin is installed (changing it needs a new index and a re-index)
 * @param maxQueryLength longest accepted query, in characters
 * @param flushInterval how long a changed document may wait before it is sent to Elasticsearch
 * @param retryInterval how often documents that could not be indexed are tried again
 * @param maxPending how many failed documents are kept for a retry; beyond that only the
 * re-index job catches up
 * @param bulkSize documents per bulk request of the re-index
 * @param connectTimeout how long to wait for a connection to Elasticsearch
 * @param readTimeout how long to wait for an answer from Elasticsearch
 */
@ConfigurationProperties("trace.search")
public record SearchProperties(@DefaultValue("saihan-trace") String index, @DefaultValue("standard") String analyzer,
		@DefaultValue("100") int maxQueryLength, @DefaultValue("1s") Duration flushInterval,
		@DefaultValue("10s") Duration retryInterval, @DefaultValue("100000") int maxPending,
		@DefaultValue("5000") int bulkSize, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("30s") Duration readTimeout) {

	public SearchProperties {
		if (!index.matches("[a-z0-9][a-z0-9_.-]*")) {
			throw new IllegalArgumentException("trace.search.index must be a lower-case Elasticsearch index name");
		}
		if (maxQueryLength < 1 || bulkSize < 1 || maxPending < 0) {
			throw new IllegalArgumentException("trace.search sizes must be positive");
		}
	}
}
