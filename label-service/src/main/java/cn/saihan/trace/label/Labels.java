package cn.saihan.trace.label;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Labels extends ListCrudRepository<Label, Long> {

	Optional<Label> findBySerial(String serial);

	List<Label> findByLotCodeAndLabelNoGreaterThanEqualOrderByLabelNo(String lotCode, long from, Limit limit);

	Page<Label> findByLotCodeOrderByLabelNo(String lotCode, Pageable pageable);

	/**
	 * Counts one scan in a single UPDATE, so that concurrent scans of one label queue on its row
	 * lock instead of overwriting each other. Matches only a serial of this very lot and GTIN.
	 *
	 * @return 1 if the label exists as named, else 0
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update Label l
			set l.scanCount = l.scanCount + 1,
			    l.firstScannedAt = coalesce(l.firstScannedAt, :at),
			    l.lastScannedAt = :at
			where l.serial = :serial and l.lotCode = :lotCode and l.gtin = :gtin""")
	int countScan(String serial, String lotCode, String gtin, Instant at);

	@Query("select new cn.saihan.trace.label.Scan(l.scanCount, l.firstScannedAt) from Label l where l.serial = :serial")
	Optional<Scan> scanOf(String serial);
}
