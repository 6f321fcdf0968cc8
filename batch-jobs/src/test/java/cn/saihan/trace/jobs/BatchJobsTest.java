package cn.saihan.trace.jobs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import cn.saihan.trace.testing.TraceIntegrationTest;

/**
 * The real application with the batch test utilities. Every test class of this module uses exactly
 * this, so they all share one application context and one database; tests keep apart by using
 * their own harvest years and producers. Chunks are tiny so that a few lots make several chunks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TraceIntegrationTest
@SpringBatchTest
@TestPropertySource(properties = { "trace.batch.indicator12.chunk-size=3", "trace.batch.imports.write-size=2",
		"trace.batch.expiry.cron=-" })
@Import(StatsClient.class)
public @interface BatchJobsTest {
}
