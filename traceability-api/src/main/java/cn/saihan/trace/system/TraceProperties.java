package cn.saihan.trace.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the registry under {@code trace.*}.
 *
 * @param zone the zone whose calendar decides "today" (harvest dates, certificate status)
 * @param bureau the bureau's login
 */
@ConfigurationProperties("trace")
public record TraceProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue Bureau bureau) {

	/**
	 * @param username the bureau's user name
	 * @param password the bureau's password; the demo default must be changed in production
	 */
	public record Bureau(@DefaultValue("bureau") String username, @DefaultValue("bureau-demo") String password) {
	}
}
