package cn.saihan.trace.brand;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Licences extends ListCrudRepository<Licence, Long> {

	/** Locks the licence's row: of two decisions at once, the second sees the first and is refused. */
	@Query(value = "SELECT id FROM brand_licence WHERE id = :id FOR UPDATE", nativeQuery = true)
	Optional<Long> lockById(long id);

	Page<Licence> findByBrandCodeOrderById(String brandCode, Pageable pageable);

	List<Licence> findByBrandCodeOrderById(String brandCode);

	List<Licence> findByProducerIdIn(Collection<Long> producerIds);

	List<Licence> findByProducerIdOrderById(Long producerId);

	boolean existsByBrandCodeAndProducerIdAndStatus(String brandCode, Long producerId, LicenceStatus status);

	List<Licence> findByStatusOrderById(LicenceStatus status);
}
