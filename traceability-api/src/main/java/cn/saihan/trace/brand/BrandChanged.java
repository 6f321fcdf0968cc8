package cn.saihan.trace.brand;

import java.util.Map;

/**
 * A write to brands or licences, announced inside its transaction: the audit chain records it, and
 * whoever keeps something derived from brands (a run fingerprint, a cache) may listen.
 *
 * @param action the audit action, e.g. {@code BRAND_REGISTERED}
 * @param subject what was written, e.g. {@code brand:TPZ} or {@code licence:12}
 */
public record BrandChanged(String action, String subject, Map<String, Object> content) {
}
