package cn.saihan.trace.event;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of trace events under {@code trace.events}.
 *
 * @param reportMaxSize the largest report file an inspection may carry: a scanned lab report is a
 * few hundred kB, a phone's photo of one a few MB; files live in the database, so they are capped
 */
@ConfigurationProperties("trace.events")
public record EventProperties(@DefaultValue("5MB") DataSize reportMaxSize) {
}
