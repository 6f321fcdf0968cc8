package cn.saihan.trace.imports;

import java.util.List;
import java.util.TreeMap;

import cn.saihan.trace.system.FieldProblem;

/** What one import did so far: the writer and the step both add to it, within the import's transaction. */
class LotImportTally {

	private long written;

	private long duplicates;

	private long firstLotId = Long.MAX_VALUE;

	private long lastLotId = Long.MIN_VALUE;

	/**
	 * The problems of the first {@value #REPORTED_LINES} refused lines by line number; the rest are
	 * counted only, so that a file of bad rows neither fills the memory nor the report.
	 */
	static final int REPORTED_LINES = 1_000;

	private final TreeMap<Long, RowProblems> refused = new TreeMap<>();

	private long refusedCount;

	/** A lot just written, with the id the database gave it. */
	void written(long lotId) {
		written++;
		firstLotId = Math.min(firstLotId, lotId);
		lastLotId = Math.max(lastLotId, lotId);
	}

	void duplicate() {
		duplicates++;
	}

	/** A refused row; rows may be refused out of line order (the writer refuses a batch at a time). */
	void refused(long line, List<FieldProblem> problems) {
		refusedCount++;
		refused.put(line, new RowProblems(line, List.copyOf(problems)));
		if (refused.size() > REPORTED_LINES) {
			refused.pollLastEntry();
		}
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

	/** The first {@value #REPORTED_LINES} refused lines, in line order. */
	List<RowProblems> refused() {
		return List.copyOf(refused.values());
	}

	/** Every refused line, reported or not. */
	long refusedCount() {
		return refusedCount;
	}

	/** Why a row was skipped: every problem found, in the order of its fields. */
	record RowProblems(long line, List<FieldProblem> problems) {
	}
}
