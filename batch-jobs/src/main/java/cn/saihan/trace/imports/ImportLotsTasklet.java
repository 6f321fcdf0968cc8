package cn.saihan.trace.imports;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.saihan.trace.system.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads, checks and writes a whole file in one transaction. A chunk-oriented step would commit every
 * chunk and leave half a file behind when the job fails; here a failure rolls back every lot, every
 * event and every recorded problem, and the file can simply be imported again. Bad rows are not
 * failures: each of their problems is recorded with its line, its message code and arguments (of the
 * first {@value LotImportTally#REPORTED_LINES} such lines; the others are counted), and the row is skipped.
 */
class ImportLotsTasklet implements Tasklet {

	static final String FIRST_LOT_ID = "firstLotId";

	static final String LAST_LOT_ID = "lastLotId";

	private static final String INSERT_PROBLEM = """
			insert into lot_import_error (job_execution_id, line_number, problem_no, field, code, arguments, message)
			values (?, ?, ?, ?, ?, ?, ?)""";

	private final ItemReader<LotCsvRow> reader;

	private final LotRowProcessor processor;

	private final LotImportWriter writer;

	private final LotImportTally tally;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final int writeSize;

	ImportLotsTasklet(ItemReader<LotCsvRow> reader, LotRowProcessor processor, LotImportWriter writer,
			LotImportTally tally, JdbcTemplate jdbc, JsonMapper json, int writeSize) {
		this.reader = reader;
		this.processor = processor;
		this.writer = writer;
		this.tally = tally;
		this.jdbc = jdbc;
		this.json = json;
		this.writeSize = writeSize;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		List<ImportedRow> pending = new ArrayList<>(writeSize);
		while (true) {
			LotCsvRow row;
			try {
				row = reader.read();
			}
			catch (FlatFileParseException unreadable) {
				contribution.incrementReadCount();
				tally.refused(unreadable.getLineNumber(),
						List.of(ImportRefusal.UNREADABLE.at(null, unreadable.getMessage())));
				continue;
			}
			if (row == null) {
				break;
			}
			if (row.isBlank()) {
				continue;
			}
			contribution.incrementReadCount();
			pending.add(processor.process(row));
			if (pending.size() >= writeSize) {
				writer.write(pending);
				pending = new ArrayList<>(writeSize);
			}
		}
		writer.write(pending);

		long jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		jdbc.batchUpdate(INSERT_PROBLEM, rows(jobExecutionId, tally.refused()));
		if (tally.written() > 0) {
			// for the search index, which learns of the new lots once the import has committed
			ExecutionContext context = contribution.getStepExecution().getExecutionContext();
			context.putLong(FIRST_LOT_ID, tally.firstLotId());
			context.putLong(LAST_LOT_ID, tally.lastLotId());
		}
		contribution.incrementWriteCount(tally.written());
		contribution.incrementFilterCount(tally.duplicates());
		contribution.incrementProcessSkipCount(tally.refusedCount());
		return RepeatStatus.FINISHED;
	}

	/** One row of the table per problem: the API's English text, and the code and arguments pages translate. */
	private List<Object[]> rows(long jobExecutionId, List<LotImportTally.RowProblems> refused) {
		List<Object[]> rows = new ArrayList<>();
		for (LotImportTally.RowProblems line : refused) {
			for (int i = 0; i < line.problems().size(); i++) {
				FieldProblem problem = line.problems().get(i);
				String message = problem.field() == null ? problem.message() : problem.field() + ": " + problem.message();
				rows.add(new Object[] { jobExecutionId, line.line(), i, problem.field(), problem.code(),
						json.writeValueAsString(problem.arguments().stream().map(ImportLotsTasklet::text).toList()),
						truncate(message) });
			}
		}
		return rows;
	}

	/** An argument as stored: its text, cut short where a cell held far more than a field can. */
	private static String text(Object argument) {
		String text = argument instanceof MessageSourceResolvable term ? term.getDefaultMessage()
				: String.valueOf(argument);
		return text.length() <= 200 ? text : text.substring(0, 197) + "...";
	}

	private static String truncate(String message) {
		return message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
	}
}
