package cn.saihan.trace.indicator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the indicator 12 job under {@code trace.batch.indicator12}.
 *
 * @param chunkSize lots classified per transaction; each chunk commits its sums and the reader's
 * position together, so a restart resumes after the last committed chunk
 * @param maxConcurrentRuns runs started over the API that may execute at the same time
 */
@ConfigurationProperties("trace.batch.indicator12")
record Indicator12Properties(@DefaultValue("5000") int chunkSize, @DefaultValue("2") int maxConcurrentRuns) {
}
