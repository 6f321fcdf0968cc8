package cn.saihan.trace.certification;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.producer.ProducerRefusal;
import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.system.Terms;

/** Registers and revokes certifications; every rule is checked before anything is stored. */
@Service
public class CertificationService {

	private final Certifications certifications;

	private final Producers producers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CertificationService(Certifications certifications, Producers producers, ApplicationEventPublisher events,
			Clock clock) {
		this.certifications = certifications;
		this.producers = producers;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Certification register(long producerId, CertificationRequest request) {
		if (!producers.existsById(producerId)) {
			throw ProducerRefusal.NOT_FOUND.notFound(producerId);
		}
		List<FieldProblem> problems = new ArrayList<>();
		CertificationType type = request.type();
		if (!type.acceptsNumber(request.certificateNo())) {
			problems.add(CertificationRefusal.NUMBER_SHAPE.at("certificateNo", Terms.of("certType.", type),
					Terms.of("certification.shape." + type, type.numberShape())));
		}
		if (request.validTo() == null) {
			if (!type.mayBeOpenEnded()) {
				problems.add(CertificationRefusal.VALID_TO_REQUIRED.at("validTo", Terms.of("certType.", type)));
			}
		}
		else if (request.validTo().isBefore(request.validFrom())) {
			problems.add(CertificationRefusal.VALID_TO_BEFORE_FROM.at("validTo", request.validFrom()));
		}
		else {
			type.latestValidTo(request.validFrom())
				.filter(latest -> request.validTo().isAfter(latest))
				.ifPresent(latest -> problems.add(CertificationRefusal.VALID_TO_TOO_LATE.at("validTo",
						Terms.of("certType.", type), request.validFrom(), latest)));
		}
		problems.addAll(approvedOutputProblems(request));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (certifications.existsByCertificateNo(request.certificateNo())) {
			throw CertificationRefusal.NUMBER_TAKEN.conflict("certificateNo", request.certificateNo());
		}
		Certification certification = certifications.save(new Certification(producerId, type,
				request.certificateNo(), new LinkedHashSet<>(request.productCodes()), request.approvedOutput(),
				request.issuer(),
				request.validFrom(), request.validTo(), clock.instant()));
		events.publishEvent(new CertificationRegistered(certification));
		return certification;
	}

	/**
	 * Approved output (spec §2.9) only for listed products, each more than 0 kg and within the 9+3
	 * digits the registry stores exactly; each problem names {@code approvedOutput.<code>}.
	 */
	private static List<FieldProblem> approvedOutputProblems(CertificationRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (Map.Entry<String, BigDecimal> entry : request.approvedOutput().entrySet()) {
			String field = "approvedOutput." + entry.getKey();
			BigDecimal kg = entry.getValue();
			if (!request.productCodes().contains(entry.getKey())) {
				problems.add(CertificationRefusal.APPROVED_OUTPUT_UNLISTED.at(field, entry.getKey()));
			}
			else if (kg == null || kg.signum() <= 0) {
				problems.add(CertificationRefusal.APPROVED_OUTPUT_NOT_POSITIVE.at(field));
			}
			else if (!withinDigits(kg, 9, 3)) {
				problems.add(CertificationRefusal.APPROVED_OUTPUT_DIGITS.at(field));
			}
		}
		return problems;
	}

	private static boolean withinDigits(BigDecimal value, int integer, int fraction) {
		BigDecimal plain = value.stripTrailingZeros();
		return Math.max(plain.scale(), 0) <= fraction && plain.precision() - plain.scale() <= integer;
	}

	@Transactional
	public Certification revoke(long certificationId, RevocationRequest request) {
		certifications.lockById(certificationId)
			.orElseThrow(() -> CertificationRefusal.NOT_FOUND.notFound(certificationId));
		Certification certification = certifications.findById(certificationId)
			.orElseThrow(() -> CertificationRefusal.NOT_FOUND.notFound(certificationId));
		certification.revoke(request.revokedAt(), request.reason().strip());
		events.publishEvent(new CertificationRevoked(certification));
		return certification;
	}

	/** A producer's certifications, page by page by id; 404 for no producer. */
	@Transactional(readOnly = true)
	public Page<Certification> ofProducer(long producerId, Pageable pageable) {
		if (!producers.existsById(producerId)) {
			throw ProducerRefusal.NOT_FOUND.notFound(producerId);
		}
		return certifications.findByProducerIdOrderById(producerId, pageable);
	}

	/** Every certification a producer holds or held: a handful, for its page in the registry. */
	public List<Certification> ofProducer(long producerId) {
		return certifications.findByProducerId(producerId);
	}

	@Transactional(readOnly = true)
	public Certification get(long certificationId) {
		return certifications.findById(certificationId)
			.orElseThrow(() -> CertificationRefusal.NOT_FOUND.notFound(certificationId));
	}
}
