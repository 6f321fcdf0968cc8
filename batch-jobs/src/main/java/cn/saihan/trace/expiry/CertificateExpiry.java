package cn.saihan.trace.expiry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import cn.saihan.trace.certification.LapsingCertification;
import cn.saihan.trace.certification.LapsingCertifications;
import cn.saihan.trace.jobs.JobStarts;

/** Makes the daily list on schedule or on request, and reads the latest list. */
@Service
public class CertificateExpiry {

	private static final Logger log = LoggerFactory.getLogger(CertificateExpiry.class);

	private final JobOperator jobOperator;

	private final Job job;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ExpiryProperties properties;

	private final JobStarts jobStarts;

	private final LapsingCertifications lapsing;

	CertificateExpiry(JobOperator jobOperator, @Qualifier("certificateExpiryJob") Job job, JdbcClient jdbc,
			Clock clock, ExpiryProperties properties, JobStarts jobStarts, LapsingCertifications lapsing) {
		this.jobOperator = jobOperator;
		this.jobStarts = jobStarts;
		this.job = job;
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.lapsing = lapsing;
	}

	/**
	 * What the list of {@code date} holds, with the configured days: the job stores it, the bureau's
	 * page shows it live.
	 */
	public List<LapsingCertification> lapsingOn(LocalDate date) {
		return lapsing.on(date, properties.withinDays(), properties.lapsedDays());
	}

	/** As above, for today in {@code trace.zone}. */
	public List<LapsingCertification> lapsingToday() {
		return lapsingOn(LocalDate.now(clock));
	}

	/**
	 * One job instance per date: when several instances of the application share the database, the
	 * first to start the day's job runs it and the others, waiting for its start lock, find it complete.
	 */
	@Scheduled(cron = "${trace.batch.expiry.cron:0 30 6 * * *}", zone = "${trace.zone:Asia/Shanghai}")
	void daily() {
		LocalDate today = LocalDate.now(clock);
		try {
			jobStarts.exclusively(job.getName(),
					() -> jobOperator.start(job, new JobParametersBuilder().addLocalDate("date", today).toJobParameters()));
		}
		catch (JobInstanceAlreadyCompleteException | JobExecutionAlreadyRunningException done) {
			log.info("The certificate expiry list of {} is already made or being made", today);
		}
		catch (Exception ex) {
			log.error("The certificate expiry list of {} could not be made", today, ex);
		}
	}

	/** Makes today's list again now, e.g. after the bureau renewed or revoked certifications. */
	JobExecution refresh() throws Exception {
		return jobOperator.start(job, new JobParametersBuilder().addLocalDate("date", LocalDate.now(clock))
			.addLong("requestedAt", clock.millis())
			.toJobParameters());
	}

	/** The most recent list, or empty before the first run. */
	Optional<ExpiryList> latest() {
		return jdbc.sql("select max(report_date) from certification_expiry").query(LocalDate.class).optional()
			.map(date -> new ExpiryList(date, properties.withinDays(), jdbc.sql("""
					select certification_id, producer_id, producer_name, town_code, type, certificate_no, valid_to,
					       days_left, state
					from certification_expiry where report_date = ? order by valid_to, certification_id""")
				.param(date)
				.query((rs, row) -> new ExpiringCertification(rs.getLong(1), rs.getLong(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
						rs.getInt(8), rs.getString(9)))
				.list()));
	}

	record ExpiryList(LocalDate reportDate, int withinDays, List<ExpiringCertification> certifications) {
	}
}
