package cn.saihan.trace.jobs;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Ships the module's defaults as the lowest-ranked property source, so that an application picking
 * up this module works without copying them, and its own settings still win.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:cn/saihan/trace/jobs/batch-defaults.properties")
@EnableScheduling
class BatchJobsConfiguration {
}
