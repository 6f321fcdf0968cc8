package cn.saihan.trace;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one runnable application: it sits at the root package so that the features of every module
 * (registry, labels, batch jobs, pages) are scanned and assembled together.
 */
@SpringBootApplication
public class SaihanTraceApplication {

	public static void main(String[] args) {
		SpringApplication.run(SaihanTraceApplication.class, args);
	}
}
