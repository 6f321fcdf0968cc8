package cn.saihan.trace.search;

import java.sql.Date;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads every product, producer and lot as search documents straight from SQL, for loading a
 * whole index: one query per kind with the names joined in, instead of one lookup per entity.
 * The re-index job reads with the same queries and mappers.
 */
public final class SearchRows {

	public static final String PRODUCTS = """
			select p.code, p.name_zh, p.name_en, p.category, p.gtin from product p""";

	public static final String PRODUCERS = """
			select pr.id, pr.name, pr.credit_code, t.name_zh as town_name, pr.village
			from producer pr join town t on t.code = pr.town_code""";

	public static final String LOTS = """
			select l.lot_code, p.name_zh as product_name_zh, p.name_en as product_name_en, pr.name as producer_name,
			       t.name_zh as town_name, coalesce(l.village, pr.village) as village, l.plot, l.harvest_date
			from lot l join product p on p.code = l.product_code
			           join producer pr on pr.id = l.producer_id
			           join town t on t.code = pr.town_code""";

	public static final RowMapper<SearchDocument> PRODUCT = (rs, row) -> SearchDocument.product(rs.getString("code"),
			rs.getString("name_zh"), rs.getString("name_en"), rs.getString("category"), rs.getString("gtin"));

	public static final RowMapper<SearchDocument> PRODUCER = (rs, row) -> SearchDocument.producer(rs.getLong("id"),
			rs.getString("name"), rs.getString("credit_code"), rs.getString("town_name"), rs.getString("village"));

	public static final RowMapper<SearchDocument> LOT = (rs, row) -> {
		Date harvested = rs.getDate("harvest_date");
		return SearchDocument.lot(rs.getString("lot_code"), rs.getString("product_name_zh"),
				rs.getString("product_name_en"), rs.getString("producer_name"), rs.getString("town_name"),
				rs.getString("village"), rs.getString("plot"), harvested == null ? null : harvested.toLocalDate());
	};

	private SearchRows() {
	}

	/** Sends every document of the registry into a bulk load, streaming the rows. */
	static void loadAll(JdbcClient jdbc, BulkLoad load) {
		for (var query : List.of(new Query(PRODUCTS, PRODUCT), new Query(PRODUCERS, PRODUCER), new Query(LOTS, LOT))) {
			try (Stream<SearchDocument> documents = jdbc.sql(query.sql()).query(query.mapper()).stream()) {
				documents.forEach(load::add);
			}
		}
	}

	/** The lots with ids in a range, as search documents, streamed: close the stream. */
	/** A producer's lots carry its name, town and village: they are sent again when those change. */
	static Stream<SearchDocument> lotsOfProducer(JdbcClient jdbc, long producerId) {
		return jdbc.sql(LOTS + " where l.producer_id = ?").params(producerId).query(LOT).stream();
	}

	static Stream<SearchDocument> lotsWithIdsBetween(JdbcClient jdbc, long first, long last) {
		return jdbc.sql(LOTS + " where l.id between ? and ?").params(first, last).query(LOT).stream();
	}

	private record Query(String sql, RowMapper<SearchDocument> mapper) {
	}
}
