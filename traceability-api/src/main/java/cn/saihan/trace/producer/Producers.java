package cn.saihan.trace.producer;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

public interface Producers extends ListCrudRepository<Producer, Long>, JpaSpecificationExecutor<Producer> {

	boolean existsByCreditCode(String creditCode);

	Optional<Producer> findByCreditCode(String creditCode);

	/**
	 * Both filters are optional: a parameterless listing returns every producer. {@code q} matches
	 * a part of the name or a whole credit code.
	 */
	default Page<Producer> search(String townCode, String q, Pageable pageable) {
		Specification<Producer> filter = Specification.unrestricted();
		if (townCode != null) {
			filter = filter.and((producer, query, cb) -> cb.equal(producer.get("townCode"), townCode));
		}
		if (q != null) {
			String pattern = "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			filter = filter.and((producer, query, cb) -> cb.or(
					cb.like(cb.lower(producer.get("name")), pattern, '\\'), cb.equal(producer.get("creditCode"), q)));
		}
		return findAll(filter, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("id")));
	}
}
