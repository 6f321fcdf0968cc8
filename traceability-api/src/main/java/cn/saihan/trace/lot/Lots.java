package cn.saihan.trace.lot;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

import jakarta.persistence.LockModeType;

public interface Lots extends ListCrudRepository<Lot, Long>, JpaSpecificationExecutor<Lot> {

	Optional<Lot> findByLotCode(String lotCode);

	boolean existsByLotCode(String lotCode);

	/** Who has registered lots of a product: the growers a product's public page names. */
	@Query("select distinct l.producerId from Lot l where l.productCode = :productCode")
	List<Long> findProducerIdsByProductCode(String productCode);

	/** What a producer has registered lots of: the products its public page names. */
	@Query("select distinct l.productCode from Lot l where l.producerId = :producerId order by l.productCode")
	List<String> findProductCodesByProducerId(long producerId);

	List<Lot> findByLotCodeIn(Collection<String> lotCodes);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from Lot l where l.lotCode in :lotCodes order by l.id")
	List<Lot> findForUpdateByLotCodeIn(Collection<String> lotCodes);

	/**
	 * Every filter is optional; without them, all lots are listed, newest harvest first. Filters are
	 * composed as criteria rather than {@code :p is null or …} so that PostgreSQL never sees an
	 * untyped null parameter.
	 */
	default Page<Lot> search(Long producerId, String productCode, LocalDate from, LocalDate to, Pageable pageable) {
		Specification<Lot> filter = Specification.unrestricted();
		if (producerId != null) {
			filter = filter.and((lot, query, cb) -> cb.equal(lot.get("producerId"), producerId));
		}
		if (productCode != null) {
			filter = filter.and((lot, query, cb) -> cb.equal(lot.get("productCode"), productCode));
		}
		if (from != null) {
			filter = filter.and((lot, query, cb) -> cb.greaterThanOrEqualTo(lot.get("harvestDate"), from));
		}
		if (to != null) {
			filter = filter.and((lot, query, cb) -> cb.lessThanOrEqualTo(lot.get("harvestDate"), to));
		}
		Sort newestFirst = Sort.by(Sort.Order.desc("harvestDate"), Sort.Order.desc("id"));
		return findAll(filter, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), newestFirst));
	}
}
