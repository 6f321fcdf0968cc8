package cn.saihan.trace.imports;

import java.util.List;

/**
 * The answer to an import: every data row read is written, a duplicate of a lot already stored, or
 * skipped for the reason listed under its line ({@code read = written + duplicates + skipped}).
 */
public record LotImportReport(long jobExecutionId, long read, long written, long skipped, long duplicates,
		List<RowError> errors) {

	public record RowError(long line, String message) {
	}
}
