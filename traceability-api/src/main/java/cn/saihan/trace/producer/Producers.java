package cn.saihan.trace.producer;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Producers extends ListCrudRepository<Producer, Long> {

	boolean existsByCreditCode(String creditCode);

	Optional<Producer> findByCreditCode(String creditCode);

	/** Both filters are optional: a parameterless listing returns every producer. */
	@Query("""
			select p from Producer p
			where (:townCode is null or p.townCode = :townCode)
			  and (:q is null or lower(p.name) like lower(concat('%', :q, '%')) or p.creditCode = :q)
			order by p.id""")
	Page<Producer> search(String townCode, String q, Pageable pageable);
}
