package cn.saihan.trace.lot;

import java.util.List;

import cn.saihan.trace.system.FieldProblem;

/**
 * What became of one lot of a registration call. A refused lot, or one whose code is held, is not
 * stored; the others of the call are. Callers that register one lot turn the outcome into an answer
 * ({@link LotService}); an import turns it into a line of its report.
 */
public sealed interface LotOutcome {

	/** Stored, with its HARVESTED event and its audit entry. */
	record Registered(Lot lot) implements LotOutcome {
	}

	/** It breaks the rules listed, field by field. */
	record Refused(List<FieldProblem> problems) implements LotOutcome {
	}

	/**
	 * Its code is held by {@code holder}: a stored lot, or a lot given earlier in the same call. Only a
	 * lot that passes every other rule gets this far.
	 */
	record CodeTaken(String lotCode, Lot holder) implements LotOutcome {
	}
}
