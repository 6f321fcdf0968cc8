package cn.saihan.trace.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.lot.Lot;
import cn.saihan.trace.lot.Lots;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.product.Product;
import cn.saihan.trace.product.Products;

/**
 * The embedded default: searches the registry tables directly with {@code LIKE}, which needs no
 * server and finds any Chinese sub-phrase. SQL scores the rows (exact name or code, then prefix,
 * then contained, then other words); the page's hits are then built from the entities the same
 * way the Elasticsearch documents are, so both engines show the same titles.
 */
class DatabaseSearchEngine implements SearchEngine {

	/** Written in the SQL that H2 and PostgreSQL share, like the migrations. */
	private static final String MATCHES = """
			select 'PRODUCT' as kind, 1 as kind_order, p.code as ref,
			       case when lower(p.name_zh) = :q or lower(p.code) = :q or p.gtin = :q then 100
			            when lower(coalesce(p.name_en, '')) = :q then 90
			            when lower(p.name_zh) like :prefix escape '\\' then 50
			            when lower(p.name_zh) like :infix escape '\\' then 30
			            when lower(p.code) like :prefix escape '\\' then 20
			            else 15 end as score
			from product p
			where lower(p.name_zh) like :infix escape '\\' or lower(p.code) like :prefix escape '\\'
			   or p.gtin = :q or lower(coalesce(p.name_en, '')) like :infix escape '\\'
			union all
			select 'PRODUCER', 2, cast(pr.id as varchar(20)),
			       case when lower(pr.name) = :q or lower(coalesce(pr.credit_code, '')) = :q then 100
			            when lower(pr.name) like :prefix escape '\\' then 50
			            when lower(pr.name) like :infix escape '\\' then 30
			            when lower(coalesce(pr.credit_code, '')) like :prefix escape '\\' then 20
			            else 10 end
			from producer pr join town t on t.code = pr.town_code
			where lower(pr.name) like :infix escape '\\' or lower(coalesce(pr.credit_code, '')) like :prefix escape '\\'
			   or t.name_zh like :infix escape '\\' or lower(coalesce(pr.village, '')) like :infix escape '\\'
			union all
			select 'LOT', 3, cast(l.id as varchar(20)),
			       case when lower(l.lot_code) = :q then 100
			            when lower(l.lot_code) like :prefix escape '\\' then 50
			            when lower(p.name_zh) like :infix escape '\\' then 25
			            else 10 end
			from lot l join product p on p.code = l.product_code
			           join producer pr on pr.id = l.producer_id
			           join town t on t.code = pr.town_code
			where lower(l.lot_code) like :prefix escape '\\' or lower(p.name_zh) like :infix escape '\\'
			   or lower(coalesce(p.name_en, '')) like :infix escape '\\' or lower(pr.name) like :infix escape '\\'
			   or t.name_zh like :infix escape '\\' or lower(coalesce(l.village, pr.village, '')) like :infix escape '\\'
			   or lower(coalesce(l.plot, '')) like :infix escape '\\'
			""";

	private final JdbcClient jdbc;

	private final Products products;

	private final Producers producers;

	private final Lots lots;

	private final SearchDocuments documents;

	DatabaseSearchEngine(JdbcClient jdbc, Products products, Producers producers, Lots lots,
			SearchDocuments documents) {
		this.jdbc = jdbc;
		this.products = products;
		this.producers = producers;
		this.lots = lots;
		this.documents = documents;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<SearchHit> search(String query, Pageable pageable) {
		String q = query.toLowerCase(Locale.ROOT);
		String literal = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		Map<String, Object> params = Map.of("q", q, "prefix", literal + "%", "infix", "%" + literal + "%");
		long total = jdbc.sql("select count(*) from (" + MATCHES + ") m").params(params)
			.query(Long.class).single();
		if (total == 0 || pageable.getOffset() >= total) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		List<Match> matches = jdbc
			.sql("select kind, ref, score from (" + MATCHES + ") m order by score desc, kind_order, ref"
					+ " limit " + pageable.getPageSize() + " offset " + pageable.getOffset())
			.params(params)
			.query((rs, row) -> new Match(SearchKind.valueOf(rs.getString("kind")), rs.getString("ref"),
					rs.getInt("score")))
			.list();
		return new PageImpl<>(hits(matches), pageable, total);
	}

	/** Loads the page's entities with one query per kind and keeps the SQL's order. */
	private List<SearchHit> hits(List<Match> matches) {
		Map<String, Product> productByCode = products.findAllById(refs(matches, SearchKind.PRODUCT, Function.identity()))
			.stream().collect(Collectors.toMap(Product::getCode, Function.identity()));
		Map<Long, Producer> producerById = producers.findAllById(refs(matches, SearchKind.PRODUCER, Long::valueOf))
			.stream().collect(Collectors.toMap(Producer::getId, Function.identity()));
		Map<Long, Lot> lotById = lots.findAllById(refs(matches, SearchKind.LOT, Long::valueOf))
			.stream().collect(Collectors.toMap(Lot::getId, Function.identity()));
		List<SearchHit> hits = new ArrayList<>(matches.size());
		for (Match match : matches) {
			SearchDocument document = switch (match.kind()) {
				case PRODUCT -> documents.of(productByCode.get(match.ref()));
				case PRODUCER -> documents.of(producerById.get(Long.valueOf(match.ref())));
				case LOT -> documents.of(lotById.get(Long.valueOf(match.ref())));
			};
			hits.add(new SearchHit(document.kind(), document.key(), document.title(), document.snippet(),
					match.score()));
		}
		return hits;
	}

	private static <T> List<T> refs(List<Match> matches, SearchKind kind, Function<String, T> type) {
		return matches.stream().filter(match -> match.kind() == kind).map(match -> type.apply(match.ref())).toList();
	}

	/** The index lives in the tables themselves: a committed change is already findable. */
	@Override
	public boolean indexesChanges() {
		return false;
	}

	@Override
	public void index(SearchDocument document) {
	}

	@Override
	public void remove(SearchKind kind, String key) {
	}

	private record Match(SearchKind kind, String ref, int score) {
	}
}
