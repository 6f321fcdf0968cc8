package cn.saihan.trace.certification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

public interface Certifications extends ListCrudRepository<Certification, Long> {

	boolean existsByCertificateNo(String certificateNo);

	List<Certification> findByProducerId(Long producerId);

	List<Certification> findByProducerIdIn(Collection<Long> producerIds);

	Page<Certification> findByProducerIdOrderById(Long producerId, Pageable pageable);

	/** Certifications whose last valid day lies in the window (open-ended ones have none). */
	List<Certification> findByValidToBetweenOrderByValidToAscIdAsc(LocalDate from, LocalDate to);
}
