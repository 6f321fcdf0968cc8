package cn.saihan.trace.label;

import java.time.Instant;

/**
 * A label's scans as counted right after one more was recorded.
 *
 * @param count scans so far, this one included
 * @param firstScannedAt when the label was scanned for the first time
 */
public record Scan(long count, Instant firstScannedAt) {
}
