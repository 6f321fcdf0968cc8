package cn.saihan.trace.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the lot import under {@code trace.batch.imports}.
 *
 * @param writeSize rows handed to the lot registration per call, which stores them with one JDBC
 * batch and a few look-ups; the whole file is still one transaction, so this only trades memory for
 * round trips
 */
@ConfigurationProperties("trace.batch.imports")
public record LotImportProperties(@DefaultValue("5000") int writeSize) {
}
