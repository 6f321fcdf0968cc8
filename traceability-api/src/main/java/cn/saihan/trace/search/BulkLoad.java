package cn.saihan.trace.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * Sends many documents in bulk requests, two in flight, so that reading the next documents
 * overlaps with Elasticsearch indexing the previous ones. {@link #close()} waits for the last
 * request and fails if any document was refused.
 */
public final class BulkLoad implements AutoCloseable {

	/** Two requests in flight keep both the client and a small node busy without queueing on it. */
	private static final int IN_FLIGHT = 2;

	private final BulkIngester<Void> ingester;

	private final String index;

	private final AtomicLong indexed = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicReference<String> firstFailure = new AtomicReference<>();

	BulkLoad(ElasticsearchClient client, String index, int bulkSize) {
		this.index = index;
		this.ingester = BulkIngester.of(b -> b.client(client).maxOperations(bulkSize).maxSize(32L * 1024 * 1024)
			.maxConcurrentRequests(IN_FLIGHT).listener(new Outcome()));
	}

	public void add(SearchDocument document) {
		ingester.add(op -> op.index(i -> i.index(index).id(document.id()).document(document)));
	}

	public void addAll(List<? extends SearchDocument> documents) {
		documents.forEach(this::add);
	}

	/** Documents Elasticsearch has confirmed so far. */
	public long indexed() {
		return indexed.get();
	}

	/** The first refusal or transport failure, if any; a caller may stop early instead of sending more. */
	public String firstFailure() {
		return firstFailure.get();
	}

	@Override
	public void close() {
		ingester.close();
		if (failed.get() > 0) {
			throw new IllegalStateException(failed.get() + " documents not indexed, first: " + firstFailure.get());
		}
	}

	private final class Outcome implements BulkListener<Void> {

		@Override
		public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
			long ok = 0;
			for (BulkResponseItem item : response.items()) {
				if (item.error() == null) {
					ok++;
				}
				else {
					fail(1, item.id() + ": " + item.error().reason());
				}
			}
			indexed.addAndGet(ok);
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
			fail(request.operations().size(), "bulk request failed: " + failure);
		}

		private void fail(int documents, String reason) {
			failed.addAndGet(documents);
			firstFailure.compareAndSet(null, reason);
		}
	}
}
