package cn.saihan.trace.enrolment;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.account.AccountRefusal;
import cn.saihan.trace.account.AccountService;
import cn.saihan.trace.audit.AuditTrail;
import cn.saihan.trace.gs1.Gln;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.producer.ProducerService.NewProducer;

/**
 * Takes producers' enrolments and the bureau's decisions on them. A request is checked by the rules
 * a registration will face (credit code, a free user name) when it is submitted, so that a producer
 * hears at once what is wrong, and again when it is approved, since the registry may have changed.
 */
@Service
@EnableConfigurationProperties(EnrolmentProperties.class)
public class EnrolmentService {

	private final Enrolments enrolments;

	private final ProducerService producers;

	private final AccountService accounts;

	private final AuditTrail audit;

	private final PasswordEncoder encoder;

	private final EnrolmentProperties properties;

	private final Clock clock;

	/** A hash of no one's password, checked when no application has the name given (see {@link #awaitsDecision}). */
	private final String noEnrolmentHash;

	EnrolmentService(Enrolments enrolments, ProducerService producers, AccountService accounts, AuditTrail audit,
			PasswordEncoder encoder, EnrolmentProperties properties, Clock clock) {
		this.enrolments = enrolments;
		this.producers = producers;
		this.accounts = accounts;
		this.audit = audit;
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
		this.noEnrolmentHash = encoder.encode(UUID.randomUUID().toString());
	}

	@Transactional
	public Enrolment submit(NewProducer producer, String username, String password) {
		if (enrolments.countByStatus(EnrolmentStatus.PENDING) >= properties.maxPending()) {
			throw EnrolmentRefusal.TOO_MANY_PENDING.tooMany();
		}
		producers.checkCreditCode(producer.type(), producer.creditCode());
		Gln.ofNullable("gln", producer.gln());
		if (producer.creditCode() != null
				&& enrolments.existsByCreditCodeAndStatus(producer.creditCode(), EnrolmentStatus.PENDING)) {
			throw EnrolmentRefusal.CREDIT_CODE_PENDING.conflict("creditCode", producer.creditCode());
		}
		accounts.checkUsernameFree(username);
		if (enrolments.existsByUsernameAndStatus(username, EnrolmentStatus.PENDING)) {
			throw AccountRefusal.USERNAME_TAKEN.conflict("username", username);
		}
		return enrolments.save(new Enrolment(producer, username, encoder.encode(password), clock.instant()));
	}

	/** Registers the producer and creates its login, all or nothing. */
	@Transactional
	public Enrolment approve(long id, String bureau) {
		Enrolment enrolment = lockForDecision(id);
		enrolment.requirePending();
		Producer producer = producers.register(enrolment.producer());
		accounts.createFarmerLoginHashed(producer.getId(), enrolment.getUsername(), enrolment.getPasswordHash());
		enrolment.approve(producer.getId(), bureau, clock.instant());
		record("ENROLMENT_APPROVED", enrolment);
		return enrolment;
	}

	@Transactional
	public Enrolment reject(long id, String reason, String bureau) {
		Enrolment enrolment = lockForDecision(id);
		enrolment.reject(reason, bureau, clock.instant());
		record("ENROLMENT_REJECTED", enrolment);
		return enrolment;
	}

	/**
	 * Whether {@code username} and {@code password} are those of an application still waiting for the
	 * bureau: a sign-in with them can then be told why it cannot succeed yet. Only the right password
	 * tells, so that nobody learns from the sign-in page which names have applied; and the password
	 * is checked against a hash even when no application has that name, so that the time the answer
	 * takes tells nothing either.
	 */
	@Transactional(readOnly = true)
	public boolean awaitsDecision(String username, String password) {
		if (username == null || password == null) {
			return false;
		}
		Optional<Enrolment> pending = enrolments.findFirstByUsernameAndStatus(username, EnrolmentStatus.PENDING);
		boolean matches = encoder.matches(password, pending.map(Enrolment::getPasswordHash).orElse(noEnrolmentHash));
		return pending.isPresent() && matches;
	}

	public Enrolment find(long id) {
		return enrolments.findById(id).orElseThrow(() -> EnrolmentRefusal.NOT_FOUND.notFound(id));
	}

	/** Two of the bureau's staff deciding the same request at once: the second waits, then sees the decision. */
	private Enrolment lockForDecision(long id) {
		return enrolments.findForDecisionById(id)
			.orElseThrow(() -> EnrolmentRefusal.NOT_FOUND.notFound(id));
	}

	private void record(String action, Enrolment enrolment) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("name", enrolment.getName());
		content.put("creditCode", enrolment.getCreditCode());
		content.put("username", enrolment.getUsername());
		content.put("producerId", enrolment.getProducerId());
		content.put("reason", enrolment.getReason());
		audit.record(enrolment.getDecidedBy(), action, "enrolment:" + enrolment.getId(), content);
	}
}
