package cn.saihan.trace.search;

import java.io.IOException;
import java.io.StringReader;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;

/**
 * The one index that holds products, producers and lots, and its mapping. Titles are full text
 * with an exact keyword beside them, so that an exact name can rank above a sub-phrase; the
 * analyzer is configurable because the node a test starts has only {@code standard}.
 */
public final class ElasticsearchIndex {

	/**
	 * One shard: a district's registry is small, and one shard keeps scores comparable between
	 * hits. {@code %1$s} is the configured analyzer.
	 */
	private static final String DEFINITION = """
			{
			  "settings": {
			    "number_of_shards": 1,
			    "analysis": { "normalizer": { "folded": { "type": "custom", "filter": ["lowercase"] } } }
			  },
			  "mappings": {
			    "dynamic": "strict",
			    "properties": {
			      "kind":    { "type": "keyword" },
			      "key":     { "type": "keyword" },
			      "title":   { "type": "text", "analyzer": "%1$s",
			                   "fields": { "exact": { "type": "keyword", "normalizer": "folded", "ignore_above": 256 } } },
			      "codes":   { "type": "keyword", "normalizer": "folded" },
			      "text":    { "type": "text", "analyzer": "%1$s" },
			      "snippet": { "type": "keyword", "index": false, "doc_values": false }
			    }
			  }
			}
			""";

	private final ElasticsearchClient client;

	private final SearchProperties properties;

	public ElasticsearchIndex(ElasticsearchClient client, SearchProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	public String name() {
		return properties.index();
	}

	public ElasticsearchClient client() {
		return client;
	}

	/**
	 * Creates the index with its mapping unless it exists; an existing mapping is left as it is.
	 *
	 * @return whether the index was created now, and so is empty
	 */
	public boolean ensureExists() throws IOException {
		if (client.indices().exists(e -> e.index(name())).value()) {
			return false;
		}
		String definition = DEFINITION.formatted(properties.analyzer());
		try {
			client.indices().create(CreateIndexRequest.of(c -> c.index(name()).withJson(new StringReader(definition))));
			return true;
		}
		catch (co.elastic.clients.elasticsearch._types.ElasticsearchException ex) {
			// Another instance created it between our check and our request.
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
			return false;
		}
	}

	/** Makes everything indexed so far visible to searches now rather than within a second. */
	public void refresh() throws IOException {
		client.indices().refresh(r -> r.index(name()));
	}

	/** A bulk load of many documents, as the re-index sends them. */
	public BulkLoad bulkLoad() {
		return new BulkLoad(client, name(), properties.bulkSize());
	}
}
