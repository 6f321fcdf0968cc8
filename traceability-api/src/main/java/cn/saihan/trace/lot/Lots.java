package cn.saihan.trace.lot;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Lots extends ListCrudRepository<Lot, Long> {

	Optional<Lot> findByLotCode(String lotCode);

	boolean existsByLotCode(String lotCode);

	/** Every filter is optional; without them, all lots are listed, newest harvest first. */
	@Query("""
			select l from Lot l
			where (:producerId is null or l.producerId = :producerId)
			  and (:productCode is null or l.productCode = :productCode)
			  and (:from is null or l.harvestDate >= :from)
			  and (:to is null or l.harvestDate <= :to)
			order by l.harvestDate desc, l.id desc""")
	Page<Lot> search(Long producerId, String productCode, LocalDate from, LocalDate to, Pageable pageable);
}
