package cn.saihan.trace.expiry;

import java.time.LocalDate;

import cn.saihan.trace.certification.LapsingCertification;

/**
 * A certification on the stored list: {@code EXPIRING} while it is still valid on the report date,
 * {@code LAPSED} once its last valid day has passed ({@code daysLeft} is then negative).
 */
record ExpiringCertification(long certificationId, long producerId, String producerName, String townCode,
		String type, String certificateNo, LocalDate validTo, int daysLeft, String state) {

	static ExpiringCertification of(LapsingCertification lapsing) {
		var certification = lapsing.certification();
		return new ExpiringCertification(certification.getId(), certification.getProducerId(),
				lapsing.producer().getName(), lapsing.producer().getTownCode(), certification.getType().name(),
				certification.getCertificateNo(), certification.getValidTo(), (int) lapsing.daysLeft(),
				lapsing.lapse().name());
	}
}
