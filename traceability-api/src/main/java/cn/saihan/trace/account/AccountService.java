package cn.saihan.trace.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.audit.AuditTrail;
import cn.saihan.trace.producer.ProducerRefusal;
import cn.saihan.trace.producer.Producers;

/** Creates farmers' logins and changes their passwords; passwords are only ever stored hashed. */
@Service
public class AccountService {

	private final Accounts accounts;

	private final Producers producers;

	private final TraceUsers users;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final AuditTrail audit;

	AccountService(Accounts accounts, Producers producers, TraceUsers users, PasswordEncoder encoder, Clock clock,
			AuditTrail audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.producers = producers;
		this.users = users;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** Also used by the bureau's page that gives a producer its login. */
	@Transactional
	public Account createFarmerLogin(long producerId, String username, String password) {
		return createFarmerLoginHashed(producerId, username, encoder.encode(password));
	}

	/** For a login whose password was hashed when it was chosen, as in an enrolment. */
	@Transactional
	public Account createFarmerLoginHashed(long producerId, String username, String passwordHash) {
		if (!producers.existsById(producerId)) {
			throw ProducerRefusal.NOT_FOUND.notFound(producerId);
		}
		checkUsernameFree(username);
		Account account = accounts.save(Account.farmer(username, passwordHash, producerId, clock.instant()));
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("username", username);
		content.put("role", account.getRole().name());
		content.put("producerId", producerId);
		audit.record("LOGIN_CREATED", "account:" + username, content);
		return account;
	}

	/** The logins of a producer, oldest first (usually one). */
	public List<Account> loginsOf(long producerId) {
		return accounts.findByProducerIdOrderById(producerId);
	}

	/** Free unless the bureau or a login has it, also in another case or Unicode form ({@link UsernameKey}). */
	public void checkUsernameFree(String username) {
		if (users.isBureau(username) || accounts.existsByUsernameKey(UsernameKey.of(username))) {
			throw AccountRefusal.USERNAME_TAKEN.conflict("username", username);
		}
	}

	/** Also used by the password page; the bureau's password is configuration, not an account. */
	@Transactional
	public void changePassword(Actor actor, String currentPassword, String newPassword) {
		if (actor.role() == Role.BUREAU) {
			throw AccountRefusal.BUREAU_PASSWORD_IS_CONFIGURATION.conflict(null);
		}
		Account account = accounts.findByUsername(actor.username())
			.orElseThrow(() -> AccountRefusal.NO_ACCOUNT.notFound(actor.username()));
		if (!ValidPassword.Validator.fitsHash(currentPassword) || !encoder.matches(currentPassword, account.getPasswordHash())) {
			throw AccountRefusal.WRONG_CURRENT_PASSWORD.invalid("currentPassword");
		}
		account.changePasswordHash(encoder.encode(newPassword));
		// That it changed, and whose: never the password, nor its hash.
		audit.record(actor.username(), "PASSWORD_CHANGED", "account:" + account.getUsername(),
				Map.of("username", account.getUsername()));
	}
}
