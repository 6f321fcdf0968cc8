package cn.saihan.trace.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the lot import under {@code trace.batch.imports}.
 *
 * @param writeSize rows sent to the database in one JDBC batch; the whole file is still one
 * transaction, so this only trades memory for round trips
 */
@ConfigurationProperties("trace.batch.imports")
record LotImportProperties(@DefaultValue("1000") int writeSize) {
}
