package cn.saihan.trace.expiry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the certificate expiry job under {@code trace.batch.expiry}.
 *
 * @param cron when the daily list is made, in the zone {@code trace.zone}; {@code -} turns the
 * schedule off
 * @param withinDays a certification lapsing within this many days from the report date is listed
 * @param lapsedDays a certification that lapsed up to this many days before the report date is
 * listed too; older ones are history, not work
 */
@ConfigurationProperties("trace.batch.expiry")
public record ExpiryProperties(@DefaultValue("0 30 6 * * *") String cron, @DefaultValue("60") int withinDays,
		@DefaultValue("365") int lapsedDays) {
}
