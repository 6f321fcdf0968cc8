package cn.saihan.trace.imports;

import java.util.List;
import java.util.stream.Collectors;

import cn.saihan.trace.system.FieldProblem;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The answer to an import: every data row read is written, a duplicate of a lot already stored, or
 * skipped for the reason listed under its line ({@code read = written + duplicates + skipped}). Only the
 * first 1,000 skipped lines are listed; {@code moreErrors} counts the skipped lines beyond them.
 */
public record LotImportReport(long jobExecutionId, long read, long written, long skipped, long duplicates,
		List<RowError> errors, long moreErrors) {

	LotImportReport(long jobExecutionId, long read, long written, long skipped, long duplicates,
			List<RowError> errors) {
		this(jobExecutionId, read, written, skipped, duplicates, errors, skipped - errors.size());
	}

	/**
	 * A skipped line: its problems in English, joined as the API answers them, and each problem with
	 * its message code and arguments for pages in another language.
	 */
	public record RowError(long line, String message, @JsonIgnore List<FieldProblem> problems) {

		static RowError of(long line, List<FieldProblem> problems) {
			return new RowError(line, problems.stream().map(FieldProblem::message).collect(Collectors.joining("; ")),
					List.copyOf(problems));
		}
	}
}
