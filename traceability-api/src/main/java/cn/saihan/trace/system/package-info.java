/** Cross-cutting concerns: problem details, security, clock and shared configuration. */
package cn.saihan.trace.system;
