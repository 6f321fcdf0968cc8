package cn.saihan.trace.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the lot import under {@code trace.batch.imports}.
 *
 * @param writeSize rows handed to the lot registration per call, which stores them with one JDBC
 * batch and a few look-ups; the whole file is still one transaction, so this only trades memory for
 * round trips
 * @param maxSheetRows the most rows an Excel sheet may have, header included: a district registers
 * thousands of lots a year, and a sheet far beyond that is refused before any of it is written
 * rather than keeping the importer busy for minutes
 * @param maxSheetText the most the shared text of a workbook may take (the one part of it read into
 * memory rather than streamed)
 */
@ConfigurationProperties("trace.batch.imports")
public record LotImportProperties(@DefaultValue("5000") int writeSize, @DefaultValue("200000") int maxSheetRows,
		@DefaultValue("64MB") DataSize maxSheetText) {
}
