package cn.saihan.trace.search;

import java.util.List;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.LotsRegistered;
import cn.saihan.trace.lot.LotsImported;
import cn.saihan.trace.producer.ProducerCorrected;
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

	/** Imported lots, or all lots of a corrected producer, are read and sent here. */
	private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "search-background");
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

	/**
	 * Lots registered on their own (or a few together) are sent once their transaction has committed.
	 * An import's are not held until its file commits: they are read back then ({@link LotsImported}).
	 */
	@EventListener
	void on(LotsRegistered event) {
		if (event.imported() || !engine.indexesChanges()) {
			return;
		}
		List<Lot> lots = event.lots().stream().map(LotsRegistered.Entry::lot).toList();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				lots.forEach(lot -> index(() -> documents.of(lot)));
			}
		});
	}

	/** The producer's own document at once; its lots, which show its name and place, in the background. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ProducerCorrected event) {
		index(() -> documents.of(event.producer()));
		long producerId = event.producer().getId();
		indexInBackground(() -> SearchRows.lotsOfProducer(jdbc, producerId), "the lots of producer " + producerId);
	}

	/** Published after the import committed, outside any transaction. */
	@EventListener
	void on(LotsImported event) {
		indexInBackground(() -> SearchRows.lotsWithIdsBetween(jdbc, event.firstLotId(), event.lastLotId()),
				"the imported lots " + event.firstLotId() + " to " + event.lastLotId());
	}

	/** Many documents are read and sent on a thread of their own, so that the request answers without waiting. */
	private void indexInBackground(Supplier<Stream<SearchDocument>> rows, String what) {
		if (!engine.indexesChanges()) {
			return;
		}
		background.execute(() -> {
			try (Stream<SearchDocument> stream = rows.get()) {
				stream.forEach(engine::index);
			}
			catch (RuntimeException ex) {
				log.warn("Could not index {}; the re-index job will catch up", what, ex);
			}
		});
	}

	@Override
	public void destroy() {
		background.shutdownNow();
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
