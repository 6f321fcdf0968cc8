package cn.saihan.trace.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.saihan.trace.jobs.JobFailures;
import cn.saihan.trace.lot.LotsImported;
import cn.saihan.trace.system.FieldProblem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the lot import job on a file and answers with its report. The job runs in the caller's thread
 * with the application's job operator, so the answer is there when the request returns. Each import
 * is a job instance of its own; what makes a second import of the same file write nothing is the
 * lots' identity (their codes), not the job's parameters.
 */
@Service
public class LotImports {

	/** The header row as the template writes it: every column by its Chinese title. */
	public static final String CHINESE_HEADER = LotColumns.chineseHeader();

	/** The header row by the fields' English names, which are read as well. */
	public static final String FIELD_HEADER = String.join(",", LotCsvHeader.FIELDS);
	private static final TypeReference<List<String>> ARGUMENTS = new TypeReference<>() {
	};

	private final JobOperator jobOperator;

	private final Job job;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final LotImportProperties properties;

	private final JsonMapper json;

	LotImports(JobOperator jobOperator, @Qualifier("lotImportJob") Job job, JdbcClient jdbc,
			ApplicationEventPublisher events, LotImportProperties properties, JsonMapper json) {
		this.jobOperator = jobOperator;
		this.events = events;
		this.job = job;
		this.jdbc = jdbc;
		this.properties = properties;
		this.json = json;
	}

	/** Imports a file; a header that the rows cannot be read by is refused before the job starts. */
	public LotImportReport importFile(Path file, String recordedBy) throws Exception {
		Charset charset = CsvCharset.of(file);
		try (BufferedReader lines = Files.newBufferedReader(file, charset)) {
			LotCsvHeader.parse(lines.readLine());
		}
		JobExecution execution = jobOperator.start(job, new JobParametersBuilder()
			.addString("importId", UUID.randomUUID().toString())
			.addString("file", file.toAbsolutePath().toString(), false)
			.addString("charset", charset.name(), false)
			.addString("recordedBy", recordedBy, false)
			.toJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new LotImportFailedException(execution.getId(), JobFailures.message(execution.getId()));
		}
		StepExecution step = execution.getStepExecutions().iterator().next();
		if (step.getExecutionContext().containsKey(ImportLotsTasklet.FIRST_LOT_ID)) {
			events.publishEvent(new LotsImported(step.getExecutionContext().getLong(ImportLotsTasklet.FIRST_LOT_ID),
					step.getExecutionContext().getLong(ImportLotsTasklet.LAST_LOT_ID)));
		}
		return new LotImportReport(execution.getId(), step.getReadCount(), step.getWriteCount(),
				step.getProcessSkipCount(), step.getFilterCount(), errors(execution.getId()));
	}

	/**
	 * The skipped lines of an import, each with its problems: the stored English text, and the code
	 * and arguments pages translate (problems stored before codes were kept have their text only).
	 */
	private List<LotImportReport.RowError> errors(long jobExecutionId) {
		Map<Long, List<FieldProblem>> byLine = new LinkedHashMap<>();
		jdbc.sql("""
				select line_number, field, code, arguments, message from lot_import_error
				where job_execution_id = ? order by line_number, problem_no""")
			.param(jobExecutionId)
			.query(rs -> {
				List<Object> arguments = rs.getString(4) == null ? List.of()
						: List.copyOf(json.readValue(rs.getString(4), ARGUMENTS));
				byLine.computeIfAbsent(rs.getLong(1), line -> new ArrayList<>())
					.add(new FieldProblem(rs.getString(2), rs.getString(5), rs.getString(3), arguments));
			});
		return byLine.entrySet().stream()
			.map(line -> LotImportReport.RowError.of(line.getKey(), line.getValue()))
			.toList();
	}

	/**
	 * Keeps the upload in a file of its own while the job reads it, and removes it afterwards. A CSV
	 * file is imported as it is; an Excel workbook (.xlsx, known by its content, not its name) is
	 * first turned into that CSV, its first sheet row for row ({@link XlsxRows}), so that the same
	 * rules and the same per-line report apply, the lines being the sheet's row numbers.
	 */
	public LotImportReport importStream(InputStream upload, String recordedBy) throws Exception {
		Path file = Files.createTempFile("lot-import-", ".upload");
		Path sheet = null;
		try {
			Files.copy(upload, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			if (XlsxRows.isOldExcel(file)) {
				throw ImportRefusal.OLD_EXCEL.invalid("file");
			}
			if (XlsxRows.isXlsx(file)) {
				sheet = Files.createTempFile("lot-import-", ".csv");
				XlsxRows.toCsv(file, sheet, properties.maxSheetRows(), properties.maxSheetText().toBytes());
				return importFile(sheet, recordedBy);
			}
			return importFile(file, recordedBy);
		}
		finally {
			delete(file);
			if (sheet != null) {
				delete(sheet);
			}
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// A temporary file left behind is removed with the temporary directory.
		}
	}
}
