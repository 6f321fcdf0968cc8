package cn.saihan.trace.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login protection under {@code trace.security}.
 *
 * @param maxFailedLogins failed logins of one user name from one client address in a row before
 * that client is locked out of that name (other clients are not)
 * @param lockout how long a client stays locked out of a name; a correct password does not shorten it
 * @param throttleAfter failed logins of one name from all clients within {@code lockout} after
 * which every attempt at that name must wait (a name many clients guess at is slowed, never locked)
 * @param throttleDelay the wait after the newest failure once a name is throttled; each further
 * failure adds as much again
 * @param throttleMaxDelay the longest wait between two attempts at a throttled name
 */
@ConfigurationProperties("trace.security")
record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
		@DefaultValue("20") int throttleAfter, @DefaultValue("5s") Duration throttleDelay,
		@DefaultValue("60s") Duration throttleMaxDelay) {
}
