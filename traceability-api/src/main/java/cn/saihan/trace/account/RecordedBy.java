package cn.saihan.trace.account;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.system.TraceProperties;

/**
 * Who recorded something, as the public reads it: a farmer's login is shown as its producer's
 * name, the bureau's (and the system's, which acts for it) as the bureau. Login names are for the
 * audit log, which keeps them: published, they would hand out the names to guess passwords at.
 */
@Component
public class RecordedBy {

	/** The bureau as it signs what it records. */
	public static final String BUREAU = "区农牧水利局";

	/** Who a write is recorded for when no login made it (the audit log's word). */
	private static final String SYSTEM = "system";

	private final Accounts accounts;

	private final Producers producers;

	private final String bureauUsername;

	RecordedBy(Accounts accounts, Producers producers, TraceProperties properties) {
		this.accounts = accounts;
		this.producers = producers;
		this.bureauUsername = properties.bureau().username();
	}

	/** The public name of a login; {@code null} for a login that no longer names anyone. */
	public String publicName(String login) {
		if (login == null) {
			return null;
		}
		if (login.equals(bureauUsername) || login.equals(SYSTEM)) {
			return BUREAU;
		}
		return accounts.findByUsername(login)
			.map(Account::getProducerId)
			.flatMap(producers::findById)
			.map(Producer::getName)
			.orElse(null);
	}

	/** As {@link #publicName}, remembering each login's name, for a list of many entries by few logins. */
	public UnaryOperator<String> publicNames() {
		Map<String, String> names = new HashMap<>();
		return login -> login == null ? null : names.computeIfAbsent(login, this::publicNameOrEmpty);
	}

	private String publicNameOrEmpty(String login) {
		String name = publicName(login);
		return name == null ? "" : name;
	}
}
