package cn.saihan.trace.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login protection under {@code trace.security}.
 *
 * @param maxFailedLogins failed logins of one user name in a row before it is locked
 * @param lockout how long a locked user name stays locked; a correct password does not shorten it
 */
@ConfigurationProperties("trace.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout) {
}
