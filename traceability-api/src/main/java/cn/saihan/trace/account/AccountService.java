package cn.saihan.trace.account;

import java.time.Clock;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.system.ConflictException;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.system.NotFoundException;

/** Creates farmers' logins and changes their passwords; passwords are only ever stored hashed. */
@Service
public class AccountService {

	private final Accounts accounts;

	private final Producers producers;

	private final TraceUsers users;

	private final PasswordEncoder encoder;

	private final Clock clock;

	AccountService(Accounts accounts, Producers producers, TraceUsers users, PasswordEncoder encoder, Clock clock) {
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
			throw new NotFoundException("No producer with id " + producerId);
		}
		checkUsernameFree(username);
		return accounts.save(Account.farmer(username, passwordHash, producerId, clock.instant()));
	}

	public void checkUsernameFree(String username) {
		if (users.isBureau(username) || accounts.existsByUsername(username)) {
			throw new ConflictException("username", "The user name " + username + " is taken");
		}
	}

	/** Also used by the password page; the bureau's password is configuration, not an account. */
	@Transactional
	public void changePassword(Actor actor, String currentPassword, String newPassword) {
		if (actor.role() == Role.BUREAU) {
			throw new ConflictException(null,
					"The bureau's password is configuration (trace.bureau.password); change it there");
		}
		Account account = accounts.findByUsername(actor.username())
			.orElseThrow(() -> new NotFoundException("No account " + actor.username()));
		if (!encoder.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInputException("currentPassword", "is not the current password");
		}
		account.changePasswordHash(encoder.encode(newPassword));
	}
}
