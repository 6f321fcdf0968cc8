package cn.saihan.trace.lot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lot table as the write path uses it: JDBC batches to insert lots, and one statement to find
 * which of many codes are held. Reads of single lots and listings stay with {@link Lots}.
 */
@Component
class LotStore {

	/** Codes asked for in one statement at most; PostgreSQL takes at most 65,535 parameters. */
	private static final int CODES_PER_QUERY = 1000;

	private static final String INSERT = """
			insert into lot (lot_code, producer_id, product_code, harvest_date, quantity_kg, unit_price_yuan,
			    value_yuan, plot, village, compliance_basis, compliance_issued_on, registered_at, registered_by, origin)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String UNIQUE_VIOLATION = "23505";

	private final JdbcTemplate jdbc;

	LotStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored lots that hold any of these codes, by code. */
	Map<String, Lot> holding(Collection<String> codes) {
		Map<String, Lot> found = new HashMap<>();
		List<String> all = List.copyOf(codes);
		for (int from = 0; from < all.size(); from += CODES_PER_QUERY) {
			List<String> part = all.subList(from, Math.min(all.size(), from + CODES_PER_QUERY));
			jdbc.query("""
					select id, lot_code, producer_id, product_code, harvest_date, quantity_kg, unit_price_yuan,
					       value_yuan, plot, village, compliance_basis, compliance_issued_on, registered_at,
					       registered_by, origin
					from lot where lot_code in (%s)""".formatted(String.join(",", Collections.nCopies(part.size(), "?"))),
					rs -> {
						Lot lot = read(rs);
						found.put(lot.code(), lot);
					}, part.toArray());
		}
		return found;
	}

	/** Inserts the lots in one JDBC batch, in the order given, and gives each the id of its row. */
	void insert(List<Lot> lots) {
		if (!lots.isEmpty()) {
			jdbc.execute((ConnectionCallback<Void>) connection -> {
				insert(connection, lots);
				return null;
			});
		}
	}

	/**
	 * As {@link #insert}, unless a stored lot holds one of their codes: then the unique constraint
	 * refuses the row, the whole insert is undone to a savepoint (the transaction goes on), and the
	 * answer is {@code false}.
	 */
	boolean insertUnlessHeld(List<Lot> lots) {
		if (lots.isEmpty()) {
			return true;
		}
		return jdbc.execute((ConnectionCallback<Boolean>) connection -> {
			Savepoint savepoint = connection.setSavepoint();
			try {
				insert(connection, lots);
			}
			catch (SQLException ex) {
				connection.rollback(savepoint);
				if (isUniqueViolation(ex)) {
					return false;
				}
				throw ex;
			}
			connection.releaseSavepoint(savepoint);
			return true;
		});
	}

	/** The ids are read straight from the generated keys: a map per row would cost more than the row's values. */
	private static void insert(Connection connection, List<Lot> lots) throws SQLException {
		try (PreparedStatement ps = connection.prepareStatement(INSERT, new String[] { "id" })) {
			for (Lot lot : lots) {
				ps.setString(1, lot.code());
				ps.setLong(2, lot.getProducerId());
				ps.setString(3, lot.getProductCode());
				ps.setObject(4, lot.getHarvestDate());
				ps.setBigDecimal(5, lot.getQuantityKg());
				ps.setBigDecimal(6, lot.getUnitPriceYuan());
				ps.setBigDecimal(7, lot.getValueYuan());
				ps.setString(8, lot.getPlot());
				ps.setString(9, lot.getVillage());
				ps.setString(10, lot.getComplianceBasis().name());
				ps.setObject(11, lot.getComplianceIssuedOn());
				ps.setObject(12, OffsetDateTime.ofInstant(lot.getRegisteredAt(), ZoneOffset.UTC));
				ps.setString(13, lot.getRegisteredBy());
				ps.setString(14, lot.getOrigin().name());
				ps.addBatch();
			}
			ps.executeBatch();
			try (ResultSet ids = ps.getGeneratedKeys()) {
				for (Lot lot : lots) {
					if (!ids.next()) {
						throw new IllegalStateException("Inserted " + lots.size() + " lots, got fewer ids back");
					}
					lot.storedAs(ids.getLong(1));
				}
			}
		}
	}

	/** SQLSTATE 23505, a unique key violated, anywhere in the chain a batch reports (H2 and PostgreSQL alike). */
	private static boolean isUniqueViolation(SQLException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			for (SQLException next = cause instanceof SQLException sql ? sql : null; next != null;
					next = next.getNextException()) {
				if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
					return true;
				}
			}
		}
		return false;
	}

	private static Lot read(ResultSet rs) throws SQLException {
		return Lot.stored(rs.getLong("id"), rs.getString("lot_code"), rs.getLong("producer_id"),
				rs.getString("product_code"), rs.getObject("harvest_date", LocalDate.class),
				rs.getBigDecimal("quantity_kg"), rs.getBigDecimal("unit_price_yuan"), rs.getBigDecimal("value_yuan"),
				rs.getString("plot"), rs.getString("village"), ComplianceBasis.valueOf(rs.getString("compliance_basis")),
				rs.getObject("compliance_issued_on", LocalDate.class),
				rs.getObject("registered_at", OffsetDateTime.class).toInstant(), rs.getString("registered_by"),
				LotOrigin.valueOf(rs.getString("origin")));
	}
}
