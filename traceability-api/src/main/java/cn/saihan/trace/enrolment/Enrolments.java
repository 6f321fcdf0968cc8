package cn.saihan.trace.enrolment;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

import jakarta.persistence.LockModeType;

interface Enrolments extends ListCrudRepository<Enrolment, Long> {

	long countByStatus(EnrolmentStatus status);

	boolean existsByUsernameKeyAndStatus(String usernameKey, EnrolmentStatus status);

	Optional<Enrolment> findFirstByUsernameKeyAndStatus(String usernameKey, EnrolmentStatus status);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Enrolment> findForDecisionById(long id);

	Page<Enrolment> findByStatusOrderByIdAsc(EnrolmentStatus status, Pageable pageable);
}
