package cn.saihan.trace.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.api.Trigger;

/** An H2 trigger that lets a number of rows through and then refuses one insert, as a failing disk would. */
public class FailingInsertTrigger implements Trigger {

	private static final AtomicInteger REMAINING = new AtomicInteger(-1);

	public static void failAfter(int rows) {
		REMAINING.set(rows);
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		int left = REMAINING.getAndDecrement();
		if (left == 0) {
			throw new SQLException("Simulated failure of the database");
		}
	}
}
