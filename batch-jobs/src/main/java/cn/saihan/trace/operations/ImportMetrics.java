package cn.saihan.trace.operations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Rows of CSV imports for the bureau's metrics ({@code trace.import.rows}, by outcome: read,
 * written, duplicate, refused), read from the job repository's finished import steps when the
 * metrics are scraped. So every instance reports the same totals, and the import itself carries no
 * counting of its own. Spring Batch times the jobs and steps itself ({@code spring.batch.*}).
 */
@Component
class ImportMetrics implements MeterBinder {

	private final JdbcTemplate jdbc;

	ImportMetrics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		rows(registry, "read", "read_count");
		rows(registry, "written", "write_count");
		rows(registry, "duplicate", "filter_count");
		rows(registry, "refused", "process_skip_count");
	}

	private void rows(MeterRegistry registry, String outcome, String column) {
		FunctionCounter.builder("trace.import.rows", jdbc, db -> total(db, column))
			.tag("outcome", outcome)
			.description("Rows of CSV lot imports that finished")
			.register(registry);
	}

	private static double total(JdbcTemplate jdbc, String column) {
		Long sum = jdbc.queryForObject("SELECT COALESCE(SUM(" + column + "), 0) FROM batch_step_execution "
				+ "WHERE step_name = 'importLots' AND status = 'COMPLETED'", Long.class);
		return sum == null ? 0 : sum;
	}
}
