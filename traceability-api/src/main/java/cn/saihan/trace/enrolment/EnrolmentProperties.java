package cn.saihan.trace.enrolment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Enrolment under {@code trace.enrolment}.
 *
 * @param maxPending requests waiting for the bureau at most; anyone may submit one, so this caps
 * what a flood of made-up requests can pile up
 */
@ConfigurationProperties("trace.enrolment")
public record EnrolmentProperties(@DefaultValue("200") int maxPending) {
}
