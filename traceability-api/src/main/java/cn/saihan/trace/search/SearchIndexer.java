package cn.saihan.trace.search;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.saihan.trace.lot.LotRegistered;
import cn.saihan.trace.producer.ProducerRegistered;
import cn.saihan.trace.product.ProductAdded;

/**
 * Keeps the index in step with the registry. It listens after the commit, so a registration
 * never waits for, nor rolls back because of, the search engine.
 */
@Component
class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchEngine engine;

	private final SearchDocuments documents;

	SearchIndexer(SearchEngine engine, SearchDocuments documents) {
		this.engine = engine;
		this.documents = documents;
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
