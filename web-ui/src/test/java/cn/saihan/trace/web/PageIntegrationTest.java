package cn.saihan.trace.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import cn.saihan.trace.SaihanTraceApplication;
import cn.saihan.trace.testing.FreshDatabaseInitializer;
import cn.saihan.trace.testing.RegistryClient;

/**
 * The runnable application on a random port over a fresh database (H2, or PostgreSQL in the
 * PostgreSQL pass), with the registry's HTTP fixture helper. Every page test class carries the same annotation, so they share one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = SaihanTraceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@AutoConfigureRestTestClient
@Import(RegistryClient.class)
public @interface PageIntegrationTest {
}
