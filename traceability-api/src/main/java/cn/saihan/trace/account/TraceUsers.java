package cn.saihan.trace.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import cn.saihan.trace.system.TraceProperties;

/**
 * The user store: the bureau's login from configuration (so that a deployment sets it, as a
 * password or a {@code {bcrypt}} hash, without touching the database), farmers' logins from the
 * {@code account} table. Locks and throttling are {@link GuardedLogins}' concern.
 */
@Component
class TraceUsers implements UserDetailsService {

	private final Accounts accounts;

	private final String bureauUsername;

	private final String bureauPasswordHash;

	TraceUsers(Accounts accounts, TraceProperties properties, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.bureauUsername = properties.bureau().username();
		String password = properties.bureau().password();
		this.bureauPasswordHash = password.startsWith("{") ? password : encoder.encode(password);
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (bureauUsername.equals(username)) {
			return new TraceUser(username, bureauPasswordHash, Role.BUREAU, null);
		}
		return accounts.findByUsername(username)
			.map(account -> new TraceUser(account.getUsername(), account.getPasswordHash(), account.getRole(),
					account.getProducerId()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/** Whether the name is the bureau's, also in another case or Unicode form. */
	boolean isBureau(String username) {
		return UsernameKey.of(bureauUsername).equals(UsernameKey.of(username));
	}
}
