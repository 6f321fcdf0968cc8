package cn.saihan.trace.expiry;

import java.time.LocalDate;

/**
 * A certification on the list: {@code EXPIRING} while it is still valid on the report date,
 * {@code LAPSED} once its last valid day has passed ({@code daysLeft} is then negative).
 */
public record ExpiringCertification(long certificationId, long producerId, String producerName, String townCode,
		String type, String certificateNo, LocalDate validTo, int daysLeft, String state) {
}
