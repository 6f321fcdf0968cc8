package cn.saihan.trace.enrolment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Enrolment under {@code trace.enrolment}.
 *
 * @param maxPending requests waiting for the bureau at most; anyone may submit one, so this caps
 * what a flood of made-up requests can pile up
 * @param maxPerClient requests one client address may submit per {@code perClientWindow}, so that
 * one sender cannot fill the pending cap for everybody
 * @param perClientWindow the window of {@code maxPerClient}
 */
@ConfigurationProperties("trace.enrolment")
record EnrolmentProperties(@DefaultValue("200") int maxPending, @DefaultValue("5") int maxPerClient,
		@DefaultValue("1h") Duration perClientWindow) {
}
