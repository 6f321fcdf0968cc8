package cn.saihan.trace.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, empty database for each application a test starts: an H2 file under {@code target/h2/}
 * by default, or a new PostgreSQL database when the system property {@value #POSTGRES_URL} names a
 * server (e.g. {@code jdbc:postgresql://localhost:5432/}), as the PostgreSQL test pass does.
 */
public final class TestDatabases {

	/** The PostgreSQL server to create test databases on; absent for the default H2 run. */
	public static final String POSTGRES_URL = "trace.test.postgres-url";

	private TestDatabases() {
	}

	public static boolean onPostgres() {
		return System.getProperty(POSTGRES_URL) != null;
	}

	/** Connection properties of a new empty database named after {@code purpose}. */
	public static Map<String, String> fresh(String purpose) {
		String name = purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String server = System.getProperty(POSTGRES_URL);
		if (server == null) {
			return Map.of("spring.datasource.url", "jdbc:h2:file:./target/h2/" + name);
		}
		String user = System.getProperty("trace.test.postgres-user", "saihan");
		String password = System.getProperty("trace.test.postgres-password", "saihan");
		try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + name + " on " + server, ex);
		}
		return Map.of("spring.datasource.url", server + name, "spring.datasource.username", user,
				"spring.datasource.password", password);
	}
}
