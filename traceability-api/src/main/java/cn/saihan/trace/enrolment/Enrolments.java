package cn.saihan.trace.enrolment;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

import jakarta.persistence.LockModeType;

public interface Enrolments extends ListCrudRepository<Enrolment, Long> {

	long countByStatus(EnrolmentStatus status);

	boolean existsByUsernameAndStatus(String username, EnrolmentStatus status);

	Optional<Enrolment> findFirstByUsernameAndStatus(String username, EnrolmentStatus status);

	boolean existsByCreditCodeAndStatus(String creditCode, EnrolmentStatus status);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Enrolment> findForDecisionById(long id);

	Page<Enrolment> findByStatusOrderByIdAsc(EnrolmentStatus status, Pageable pageable);
}
