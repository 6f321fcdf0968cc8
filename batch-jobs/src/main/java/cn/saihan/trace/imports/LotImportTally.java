package cn.saihan.trace.imports;

import java.util.ArrayList;
import java.util.List;

import cn.saihan.trace.system.FieldProblem;

/** What one import did so far: the writer and the step both add to it, within the import's transaction. */
class LotImportTally {

	private long written;

	private long duplicates;

	private long firstLotId = Long.MAX_VALUE;

	private long lastLotId = Long.MIN_VALUE;

	private final List<RowProblems> refused = new ArrayList<>();

	/** A lot just written, with the id the database gave it. */
	void written(long lotId) {
		written++;
		firstLotId = Math.min(firstLotId, lotId);
		lastLotId = Math.max(lastLotId, lotId);
	}

	void duplicate() {
		duplicates++;
	}

	void refused(long line, List<FieldProblem> problems) {
		refused.add(new RowProblems(line, List.copyOf(problems)));
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

	List<RowProblems> refused() {
		return List.copyOf(refused);
	}

	/** Why a row was skipped: every problem found, in the order of its fields. */
	record RowProblems(long line, List<FieldProblem> problems) {
	}
}
