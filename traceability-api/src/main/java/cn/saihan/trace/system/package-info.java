/**
 * Cross-cutting concerns: problem details, security, clock and shared configuration. It depends on
 * no feature (web-ui's {@code ArchitectureTests}, {@code sharedPackagesDependOnNoFeature}): features
 * and modules plug in, e.g. each module's {@code AuthorizationRules} for its own paths and the pages'
 * {@code PageSecurity}. {@code ApiExceptionHandler} answers REST controllers only; pages answer
 * their own failures.
 */
package cn.saihan.trace.system;
