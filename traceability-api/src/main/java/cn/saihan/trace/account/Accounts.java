package cn.saihan.trace.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	List<Account> findByProducerIdOrderById(Long producerId);

	/** Whether a login of this name, or of one that differs only in case or Unicode form, exists. */
	boolean existsByUsernameKey(String usernameKey);
}
