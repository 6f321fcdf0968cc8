package cn.saihan.trace.certification;

import cn.saihan.trace.producer.Producer;

/**
 * A certification on the warning list, with who holds it.
 *
 * @param daysLeft days from the list's date to the last valid day: 0 on that day itself, negative
 * once it has passed
 */
public record LapsingCertification(Certification certification, Producer producer, Lapse lapse, long daysLeft) {
}
