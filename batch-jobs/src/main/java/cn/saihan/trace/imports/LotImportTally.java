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

	private final List<RowError> errors = new ArrayList<>();

	void written(long lots) {
		written += lots;
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

	long duplicates() {
		return duplicates;
	}

	List<RowError> errors() {
		return List.copyOf(errors);
	}

	record RowError(long line, String message) {
	}
}
