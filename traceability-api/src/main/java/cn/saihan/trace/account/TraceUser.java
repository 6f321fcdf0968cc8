package cn.saihan.trace.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A Spring Security user that remembers which producer a farmer acts for. */
class TraceUser extends User {

	private static final long serialVersionUID = 1L;

	private final Actor actor;

	TraceUser(String username, String passwordHash, Role role, Long producerId) {
		super(username, passwordHash, true, true, true, true,
				List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
		this.actor = new Actor(username, role, producerId);
	}

	Actor actor() {
		return actor;
	}
}
