package cn.saihan.trace.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append-only on purpose: this repository offers no update and no delete. */
interface TraceEvents extends Repository<TraceEvent, Long> {

	TraceEvent save(TraceEvent event);

	List<TraceEvent> findByLotIdOrderByOccurredAtAscIdAsc(Long lotId);

	Page<TraceEvent> findByLotIdOrderByOccurredAtAscIdAsc(Long lotId, Pageable pageable);

	boolean existsByIdAndLotId(Long id, Long lotId);

	Optional<TraceEvent> findByIdAndLotId(Long id, Long lotId);

	long countByLotId(Long lotId);

	boolean existsByLotIdAndTypeAndRecordedByIn(Long lotId, TraceEventType type, Collection<String> recordedBy);
}
