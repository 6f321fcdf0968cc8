package cn.saihan.trace.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads, checks and writes a whole file in one transaction. A chunk-oriented step would commit every
 * chunk and leave half a file behind when the job fails; here a failure rolls back every lot, every
 * event and every recorded error, and the file can simply be imported again. Bad rows are not
 * failures: they are recorded with their line and skipped.
 */
class ImportLotsTasklet implements Tasklet {

	static final String FIRST_LOT_ID = "firstLotId";

	static final String LAST_LOT_ID = "lastLotId";

	private final ItemReader<LotCsvRow> reader;

	private final LotRowProcessor processor;

	private final LotJdbcWriter writer;

	private final LotImportTally tally;

	private final JdbcTemplate jdbc;

	private final int writeSize;

	ImportLotsTasklet(ItemReader<LotCsvRow> reader, LotRowProcessor processor, LotJdbcWriter writer,
			LotImportTally tally, JdbcTemplate jdbc, int writeSize) {
		this.reader = reader;
		this.processor = processor;
		this.writer = writer;
		this.tally = tally;
		this.jdbc = jdbc;
		this.writeSize = writeSize;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		Chunk<ImportedLot> pending = new Chunk<>();
		while (true) {
			LotCsvRow row;
			try {
				row = reader.read();
			}
			catch (FlatFileParseException unreadable) {
				contribution.incrementReadCount();
				tally.error(unreadable.getLineNumber(), "cannot be read as CSV: " + unreadable.getMessage());
				continue;
			}
			if (row == null) {
				break;
			}
			if (row.isBlank()) {
				continue;
			}
			contribution.incrementReadCount();
			try {
				pending.add(processor.process(row));
			}
			catch (InvalidRowException invalid) {
				tally.error(row.line(), invalid.getMessage());
			}
			if (pending.size() >= writeSize) {
				writer.write(pending);
				pending = new Chunk<>();
			}
		}
		writer.write(pending);

		long jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		List<LotImportTally.RowError> errors = new ArrayList<>(tally.errors());
		errors.sort(Comparator.comparingLong(LotImportTally.RowError::line));
		jdbc.batchUpdate("insert into lot_import_error (job_execution_id, line_number, message) values (?, ?, ?)",
				errors.stream()
					.map(e -> new Object[] { jobExecutionId, e.line(), truncate(e.message()) })
					.toList());
		if (tally.written() > 0) {
			// for the search index, which learns of the new lots once the import has committed
			ExecutionContext context = contribution.getStepExecution().getExecutionContext();
			context.putLong(FIRST_LOT_ID, tally.firstLotId());
			context.putLong(LAST_LOT_ID, tally.lastLotId());
		}
		contribution.incrementWriteCount(tally.written());
		contribution.incrementFilterCount(tally.duplicates());
		contribution.incrementProcessSkipCount(errors.size());
		return RepeatStatus.FINISHED;
	}

	private static String truncate(String message) {
		return message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
	}
}
