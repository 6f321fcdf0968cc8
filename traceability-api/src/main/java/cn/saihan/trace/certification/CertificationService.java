package cn.saihan.trace.certification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.producer.Producers;
import cn.saihan.trace.system.ConflictException;
import cn.saihan.trace.system.FieldProblem;
import cn.saihan.trace.system.InvalidInputException;
import cn.saihan.trace.system.NotFoundException;

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
			throw new NotFoundException("No producer with id " + producerId);
		}
		List<FieldProblem> problems = new ArrayList<>();
		CertificationType type = request.type();
		if (!type.acceptsNumber(request.certificateNo())) {
			problems.add(new FieldProblem("certificateNo",
					"does not have the shape of a " + type + " certificate number: expected " + type.numberShape()));
		}
		if (request.validTo() == null) {
			if (!type.mayBeOpenEnded()) {
				problems.add(new FieldProblem("validTo", "is required for " + type + " (only GI is long-term)"));
			}
		}
		else if (request.validTo().isBefore(request.validFrom())) {
			problems.add(new FieldProblem("validTo", "must not be before validFrom " + request.validFrom()));
		}
		else {
			type.latestValidTo(request.validFrom())
				.filter(latest -> request.validTo().isAfter(latest))
				.ifPresent(latest -> problems.add(new FieldProblem("validTo", "is too late: a " + type
						+ " certification starting " + request.validFrom() + " may run until " + latest + " at most")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (certifications.existsByCertificateNo(request.certificateNo())) {
			throw new ConflictException("certificateNo",
					"Certificate number " + request.certificateNo() + " is already registered");
		}
		Certification certification = certifications.save(new Certification(producerId, type,
				request.certificateNo(), new LinkedHashSet<>(request.productCodes()), request.issuer(),
				request.validFrom(), request.validTo(), clock.instant()));
		events.publishEvent(new CertificationRegistered(certification));
		return certification;
	}

	@Transactional
	public Certification revoke(long certificationId, RevocationRequest request) {
		Certification certification = certifications.findById(certificationId)
			.orElseThrow(() -> new NotFoundException("No certification with id " + certificationId));
		try {
			certification.revoke(request.revokedAt(), request.reason().strip());
		}
		catch (IllegalStateException alreadyRevoked) {
			throw new ConflictException(null, alreadyRevoked.getMessage());
		}
		events.publishEvent(new CertificationRevoked(certification));
		return certification;
	}

	@Transactional(readOnly = true)
	public Certification get(long certificationId) {
		return certifications.findById(certificationId)
			.orElseThrow(() -> new NotFoundException("No certification with id " + certificationId));
	}
}
