package cn.saihan.trace.certification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Certifications extends ListCrudRepository<Certification, Long> {

	boolean existsByCertificateNo(String certificateNo);

	/**
	 * Locks the certification's row until the transaction ends: two revocations at once are decided
	 * one after the other, so the second sees the first and is refused. (The row alone: the entity's
	 * product list is an outer join, which PostgreSQL does not lock.)
	 */
	@Query(value = "SELECT id FROM certification WHERE id = :id FOR UPDATE", nativeQuery = true)
	Optional<Long> lockById(long id);

	List<Certification> findByProducerId(Long producerId);

	List<Certification> findByProducerIdIn(Collection<Long> producerIds);

	Page<Certification> findByProducerIdOrderById(Long producerId, Pageable pageable);

	/** Certifications whose last valid day lies in the window (open-ended ones have none). */
	List<Certification> findByValidToBetweenOrderByValidToAscIdAsc(LocalDate from, LocalDate to);
}
