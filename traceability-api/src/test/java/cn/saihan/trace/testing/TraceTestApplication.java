package cn.saihan.trace.testing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Assembles every feature on the test class path (this module's, and in other modules' tests
 * theirs too) into an application, as the runnable application in {@code web-ui} does.
 */
@SpringBootApplication(scanBasePackages = "cn.saihan.trace")
@EntityScan("cn.saihan.trace")
@EnableJpaRepositories("cn.saihan.trace")
public class TraceTestApplication {
}
