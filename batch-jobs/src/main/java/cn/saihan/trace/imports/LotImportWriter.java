package cn.saihan.trace.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.saihan.trace.lot.LotOutcome;
import cn.saihan.trace.lot.LotRefusal;
import cn.saihan.trace.lot.LotRegistration;
import cn.saihan.trace.lot.NewLot;
import cn.saihan.trace.system.FieldProblem;

/**
 * Hands the rows of the file, a few thousand at a time and in file order, to the lot registration,
 * and reads its answer as the import's rules say: a code held by the same lot is a duplicate (the
 * row was imported before), a given code held by another lot is a refusal, and a derived code held
 * by another lot moves on to its next candidate (tried in a call of its own, after the others).
 * Rows that could not be read in full are only checked by the lot rules, so that their line in the
 * report names every problem at once.
 */
class LotImportWriter {

	private final LotRegistration registration;

	private final LotImportTally tally;

	private final String recordedBy;

	LotImportWriter(LotRegistration registration, LotImportTally tally, String recordedBy) {
		this.registration = registration;
		this.tally = tally;
		this.recordedBy = recordedBy;
	}

	void write(List<ImportedRow> rows) {
		List<ImportedRow> pending = new ArrayList<>(rows.size());
		List<ImportedRow> unreadable = new ArrayList<>();
		for (ImportedRow row : rows) {
			if (row.registrable()) {
				pending.add(row);
			}
			else if (row.lot() == null) {
				tally.refused(row.line(), row.problems());
			}
			else {
				unreadable.add(row);
			}
		}
		if (!unreadable.isEmpty()) {
			List<List<FieldProblem>> checked = registration.check(unreadable.stream().map(ImportedRow::lot).toList());
			for (int i = 0; i < unreadable.size(); i++) {
				tally.refused(unreadable.get(i).line(), merged(unreadable.get(i).problems(), checked.get(i)));
			}
		}
		while (!pending.isEmpty()) {
			pending = register(pending);
		}
	}

	/** @return the rows whose derived code was held by another lot, under their next candidate */
	private List<ImportedRow> register(List<ImportedRow> rows) {
		List<NewLot> lots = rows.stream().map(ImportedRow::lot).toList();
		List<LotOutcome> outcomes = registration.importLots(lots, recordedBy);
		List<ImportedRow> again = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ImportedRow row = rows.get(i);
			LotOutcome outcome = outcomes.get(i);
			if (outcome instanceof LotOutcome.Registered registered) {
				tally.written(registered.lot().getId());
			}
			else if (outcome instanceof LotOutcome.Refused refused) {
				tally.refused(row.line(), merged(row.problems(), refused.problems()));
			}
			else if (outcome instanceof LotOutcome.CodeTaken taken) {
				if (row.sameLotAs(taken.holder())) {
					tally.duplicate();
				}
				else if (row.derivedCode()) {
					again.add(row.nextCandidate());
				}
				else {
					tally.refused(row.line(), List.of(LotRefusal.CODE_TAKEN.at("lotCode", taken.lotCode())));
				}
			}
		}
		return again;
	}

	/**
	 * What could not be read comes first; a rule is not reported again on a field already named (a
	 * value that did not parse is not also missing). The registration names the producer by its id,
	 * which a file gives as a credit code.
	 */
	private static List<FieldProblem> merged(List<FieldProblem> unreadable, List<FieldProblem> rules) {
		Map<String, FieldProblem> byField = new LinkedHashMap<>();
		List<FieldProblem> whole = new ArrayList<>();
		for (FieldProblem problem : unreadable) {
			if (problem.field() == null) {
				whole.add(problem);
			}
			else {
				byField.putIfAbsent(problem.field(), problem);
			}
		}
		for (FieldProblem problem : rules) {
			FieldProblem named = "producerId".equals(problem.field())
					? new FieldProblem("creditCode", problem.message(), problem.code(), problem.arguments())
					: problem;
			byField.putIfAbsent(named.field(), named);
		}
		whole.addAll(byField.values());
		return whole;
	}
}
