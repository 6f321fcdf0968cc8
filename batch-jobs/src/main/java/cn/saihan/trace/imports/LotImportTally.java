package cn.saihan.trace.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What one import did so far: the writer and the step both add to it, within the import's
 * transaction. Step-scoped, so it is reached through a proxy: only through its methods.
 */
class LotImportTally {

	private long written;

	private long duplicates;

	private long firstLotId = Long.MAX_VALUE;

	private long lastLotId = Long.MIN_VALUE;

	private final List<RowError> errors = new ArrayList<>();

	void written(long lots) {
		written += lots;
	}

	/** The ids the database gave to lots just written. */
	void lotIds(List<Long> ids) {
		for (long id : ids) {
			firstLotId = Math.min(firstLotId, id);
			lastLotId = Math.max(lastLotId, id);
		}
	}

	void duplicate() {
		duplicates++;
	}

	void error(long line, String message) {
		errors.add(new RowError(line, message));
	}

	long written() {
		return written;
	}

	/** The smallest id of a written lot; meaningless when nothing was written. */
	long firstLotId() {
		return firstLotId;
	}

	long lastLotId() {
		return lastLotId;
	}

	long duplicates() {
		return duplicates;
	}

	List<RowError> errors() {
		return List.copyOf(errors);
	}

	record RowError(long line, String message) {
	}
}
