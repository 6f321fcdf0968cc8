package cn.saihan.trace.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Lets one start of a job at a time, across every instance of the application on the database,
 * look for an existing run and start one. The lock is the job's row in {@code job_start_lock}, held
 * on a connection of its own: the job repository must commit the new run in its own transactions
 * while the lock is held, or the run's thread would not see it.
 */
@Component
public class JobStarts {

	private final DataSource dataSource;

	JobStarts(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Runs {@code start} while holding the lock of the named job; it waits for a start elsewhere to finish. */
	public <T> T exclusively(String jobName, Callable<T> start) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				lock(connection, jobName);
				return start.call();
			}
			finally {
				// nothing was written under the lock: ending the transaction releases it
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private static void lock(Connection connection, String jobName) throws Exception {
		try (PreparedStatement select = connection
			.prepareStatement("select job_name from job_start_lock where job_name = ? for update")) {
			select.setString(1, jobName);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					throw new IllegalStateException("No start lock for job " + jobName + " in job_start_lock");
				}
			}
		}
	}

}
