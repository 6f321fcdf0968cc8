package cn.saihan.trace.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit chain under {@code trace.audit}.
 *
 * @param key the secret that keys the chain (HMAC-SHA256), at least 32 bytes, kept outside the
 * database (environment, secret store). Unset, the chain is hashed with plain SHA-256 and shows a
 * change only to a writer who does not recompute the hashes.
 */
@ConfigurationProperties("trace.audit")
record AuditProperties(String key) {
}
