package cn.saihan.trace.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.saihan.trace.lot.LotRegistered;
import cn.saihan.trace.lot.LotsImported;
import cn.saihan.trace.producer.ProducerRegistered;
import cn.saihan.trace.product.ProductAdded;

/**
 * Keeps the index in step with the registry. It listens after the commit, so a registration
 * never waits for, nor rolls back because of, the search engine.
 */
@Component
class SearchIndexer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchEngine engine;

	private final SearchDocuments documents;

	private final JdbcClient jdbc;

	/** Imported lots are read and sent here, so that an import answers without waiting for the index. */
	private final ExecutorService imports = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "search-imports");
		thread.setDaemon(true);
		return thread;
	});

	SearchIndexer(SearchEngine engine, SearchDocuments documents, JdbcClient jdbc) {
		this.engine = engine;
		this.documents = documents;
		this.jdbc = jdbc;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ProductAdded event) {
		index(() -> documents.of(event.product()));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ProducerRegistered event) {
		index(() -> documents.of(event.producer()));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(LotRegistered event) {
		index(() -> documents.of(event.lot()));
	}

	/** Published after the import committed, outside any transaction. */
	@EventListener
	void on(LotsImported event) {
		if (!engine.indexesChanges()) {
			return;
		}
		imports.execute(() -> {
			try (Stream<SearchDocument> lots = SearchRows.lotsWithIdsBetween(jdbc, event.firstLotId(),
					event.lastLotId())) {
				lots.forEach(engine::index);
			}
			catch (RuntimeException ex) {
				log.warn("Could not index the imported lots {} to {}; the re-index job will catch up",
						event.firstLotId(), event.lastLotId(), ex);
			}
		});
	}

	@Override
	public void destroy() {
		imports.shutdownNow();
	}

	/** The write has committed; a failure here must reach the log, not the client. */
	private void index(Supplier<SearchDocument> document) {
		if (!engine.indexesChanges()) {
			return;
		}
		try {
			engine.index(document.get());
		}
		catch (RuntimeException ex) {
			log.warn("Could not index a change; the re-index job will catch up", ex);
		}
	}
}
