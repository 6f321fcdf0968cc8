package cn.saihan.trace.certification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.Producers;

/**
 * The one query of certifications that lapse soon or have just lapsed, asked by the daily expiry
 * job and the bureau's warning page alike, so that the two list the same certifications. The
 * database only narrows the candidates to the window of last valid days; the domain's status rule
 * ({@link Certification#statusOn}) decides, so a revoked certification is never "lapsing" (it needs
 * no renewal) and one not yet valid is not either.
 */
@Component
public class LapsingCertifications {

	private final Certifications certifications;

	private final Producers producers;

	LapsingCertifications(Certifications certifications, Producers producers) {
		this.certifications = certifications;
		this.producers = producers;
	}

	/**
	 * On {@code date}: each certification valid that day whose last valid day is at most
	 * {@code withinDays} later ({@link Lapse#EXPIRING}), and each one that expired at most
	 * {@code lapsedDays} before ({@link Lapse#LAPSED}); by last valid day, then id.
	 */
	@Transactional(readOnly = true)
	public List<LapsingCertification> on(LocalDate date, int withinDays, int lapsedDays) {
		List<Certification> candidates = certifications.findByValidToBetweenOrderByValidToAscIdAsc(
				date.minusDays(lapsedDays), date.plusDays(withinDays));
		Map<Long, Producer> holders = producers.findAllById(candidates.stream().map(Certification::getProducerId)
			.distinct().toList()).stream().collect(Collectors.toMap(Producer::getId, Function.identity()));
		List<LapsingCertification> lapsing = new ArrayList<>();
		for (Certification certification : candidates) {
			Lapse lapse = switch (certification.statusOn(date)) {
				case VALID -> Lapse.EXPIRING;
				case EXPIRED -> Lapse.LAPSED;
				case REVOKED, NOT_YET_VALID -> null;
			};
			if (lapse != null) {
				lapsing.add(new LapsingCertification(certification, holders.get(certification.getProducerId()), lapse,
						ChronoUnit.DAYS.between(date, certification.getValidTo())));
			}
		}
		return lapsing;
	}
}
