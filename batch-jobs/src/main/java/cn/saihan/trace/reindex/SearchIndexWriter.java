package cn.saihan.trace.reindex;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.DisposableBean;

import cn.saihan.trace.search.BulkLoad;
import cn.saihan.trace.search.ElasticsearchIndex;
import cn.saihan.trace.search.SearchDocument;

/**
 * Hands each chunk to one bulk load that lives as long as the job, so that Elasticsearch indexes
 * a chunk while the next one is read. The final step waits for the load with {@link #finish()}
 * and fails the job if any document was refused.
 */
class SearchIndexWriter implements ItemWriter<SearchDocument>, DisposableBean {

	private final ElasticsearchIndex index;

	private BulkLoad load;

	SearchIndexWriter(ElasticsearchIndex index) {
		this.index = index;
	}

	@Override
	public synchronized void write(Chunk<? extends SearchDocument> chunk) {
		if (load == null) {
			load = index.bulkLoad();
		}
		if (load.firstFailure() != null) {
			// No point in sending more once Elasticsearch refuses: fail this step now.
			throw new IllegalStateException("Elasticsearch refused documents: " + load.firstFailure());
		}
		load.addAll(chunk.getItems());
	}

	/** Waits until Elasticsearch has confirmed every document. @return how many it indexed */
	public synchronized long finish() {
		if (load == null) {
			return 0;
		}
		BulkLoad finished = load;
		load = null;
		finished.close();
		return finished.indexed();
	}

	/** A job that failed before its last step leaves no ingester threads behind. */
	@Override
	public synchronized void destroy() {
		if (load != null) {
			try {
				load.close();
			}
			catch (RuntimeException ex) {
				// the job has failed already and says why
			}
			load = null;
		}
	}
}
