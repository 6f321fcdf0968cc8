package cn.saihan.trace.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Search through Elasticsearch. Changes are queued into a bulk ingester and sent within the
 * flush interval; changes that could not be sent are kept (the latest per document) and tried
 * again on a timer, so that a node that was down catches up on its own once it is back.
 */
class ElasticsearchSearchEngine implements SearchEngine, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ElasticsearchSearchEngine.class);

	/** An exact name or code outranks any sub-phrase match, whatever BM25 makes of the latter. */
	private static final float EXACT = 100f;

	private static final float CODE_PREFIX = 10f;

	private static final float TITLE_PHRASE = 3f;

	private final ElasticsearchIndex index;

	private final SearchProperties properties;

	private final JdbcClient jdbc;

	private final BulkIngester<Change> ingester;

	private final Map<String, Change> pending = new ConcurrentHashMap<>();

	private final AtomicBoolean overflowReported = new AtomicBoolean();

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "search-retry");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean indexReady;

	ElasticsearchSearchEngine(ElasticsearchIndex index, SearchProperties properties, JdbcClient jdbc) {
		this.index = index;
		this.properties = properties;
		this.jdbc = jdbc;
		this.ingester = BulkIngester.of(b -> b.client(index.client())
			.maxOperations(1_000)
			.maxConcurrentRequests(1)
			.flushInterval(properties.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
			.listener(new Outcome()));
		long every = properties.retryInterval().toMillis();
		// The first run creates the index right after start-up, without holding the start-up up.
		retries.scheduleWithFixedDelay(this::retryPending, 0, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public Page<SearchHit> search(String query, Pageable pageable) {
		String folded = query.toLowerCase(Locale.ROOT);
		Query exactOrPhrase = Query.of(q -> q.bool(b -> b
			.should(s -> s.constantScore(c -> c.filter(f -> f.term(t -> t.field("title.exact").value(folded))).boost(EXACT)))
			.should(s -> s.constantScore(c -> c.filter(f -> f.term(t -> t.field("codes").value(folded))).boost(EXACT)))
			.should(s -> s.constantScore(c -> c.filter(f -> f.prefix(p -> p.field("codes").value(folded))).boost(CODE_PREFIX)))
			.should(s -> s.matchPhrase(m -> m.field("title").query(query).boost(TITLE_PHRASE)))
			.should(s -> s.matchPhrase(m -> m.field("text").query(query)))
			.minimumShouldMatch("1")));
		try {
			SearchResponse<SearchDocument> response = index.client().search(s -> s
				.index(index.name())
				.ignoreUnavailable(true)
				.query(exactOrPhrase)
				.from((int) pageable.getOffset())
				.size(pageable.getPageSize())
				.trackTotalHits(t -> t.enabled(true))
				.sort(o -> o.score(c -> c.order(SortOrder.Desc)))
				.sort(o -> o.field(f -> f.field("key").order(SortOrder.Asc))), SearchDocument.class);
			List<SearchHit> hits = response.hits().hits().stream().map(ElasticsearchSearchEngine::hit).toList();
			long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
			return new PageImpl<>(hits, pageable, total);
		}
		catch (IOException | ElasticsearchException ex) {
			throw new SearchUnavailableException("Elasticsearch did not answer a search", ex);
		}
	}

	private static SearchHit hit(Hit<SearchDocument> hit) {
		SearchDocument document = hit.source();
		return new SearchHit(document.kind(), document.key(), document.title(), document.snippet(),
				hit.score() == null ? 0 : hit.score());
	}

	@Override
	public void index(SearchDocument document) {
		send(new Change(document.id(), document));
	}

	@Override
	public void remove(SearchKind kind, String key) {
		send(new Change(new SearchDocument(kind, key, null, null, null, null).id(), null));
	}

	/** Until the index exists, a change waits with the failed ones: sending it would create the index unmapped. */
	private void send(Change change) {
		if (!indexReady) {
			keep(change);
			return;
		}
		if (change.document() == null) {
			ingester.add(op -> op.delete(d -> d.index(index.name()).id(change.id())), change);
		}
		else {
			ingester.add(op -> op.index(i -> i.index(index.name()).id(change.id()).document(change.document())),
					change);
		}
	}

	private void keep(Change change) {
		if (pending.size() >= properties.maxPending() && !pending.containsKey(change.id())) {
			if (overflowReported.compareAndSet(false, true)) {
				log.error("More than {} changes wait for Elasticsearch; further ones are dropped until "
						+ "the re-index job runs", properties.maxPending());
			}
			return;
		}
		// A newer change of the same document replaces an older one that was never sent.
		pending.merge(change.id(), change, (older, newer) -> newer);
	}

	void retryPending() {
		try {
			if (!indexReady) {
				boolean created = index.ensureExists();
				indexReady = true;
				if (created) {
					fillNewIndex();
				}
				log.info("Search index {} is ready", index.name());
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Elasticsearch is unreachable ({}); {} changes wait for it", ex.getMessage(), pending.size());
			return;
		}
		if (pending.isEmpty()) {
			return;
		}
		log.info("Sending {} changes that waited for Elasticsearch", pending.size());
		overflowReported.set(false);
		for (String id : List.copyOf(pending.keySet())) {
			Change change = pending.remove(id);
			if (change != null) {
				send(change);
			}
		}
	}

	/** A new index starts with what the registry already holds, such as the seeded products. */
	private void fillNewIndex() throws IOException {
		try (BulkLoad load = index.bulkLoad()) {
			SearchRows.loadAll(jdbc, load);
		}
		index.refresh();
	}

	/** Changes waiting for a retry; zero once Elasticsearch has everything. */
	int pendingChanges() {
		return pending.size();
	}

	@Override
	public void destroy() {
		retries.shutdownNow();
		ingester.close();
	}

	/** A document to index, or a removal when {@code document} is null. */
	private record Change(String id, SearchDocument document) {
	}

	private final class Outcome implements BulkListener<Change> {

		@Override
		public void beforeBulk(long executionId, BulkRequest request, List<Change> changes) {
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<Change> changes, BulkResponse response) {
			List<BulkResponseItem> items = response.items();
			for (int i = 0; i < items.size(); i++) {
				BulkResponseItem item = items.get(i);
				if (item.error() == null) {
					continue;
				}
				if (item.status() == 429 || item.status() >= 500) {
					keep(changes.get(i));
				}
				else if (!(item.status() == 404 && changes.get(i).document() == null)) {
					log.error("Elasticsearch refused {}: {}", item.id(), item.error().reason());
				}
			}
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<Change> changes, Throwable failure) {
			log.warn("Could not send {} changes to Elasticsearch ({}); they are tried again every {}",
					changes.size(), failure.toString(), properties.retryInterval());
			changes.forEach(ElasticsearchSearchEngine.this::keep);
		}
	}
}
