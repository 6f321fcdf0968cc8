package cn.saihan.trace.enrolment;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.saihan.trace.account.AccountRefusal;
import cn.saihan.trace.account.AccountService;
import cn.saihan.trace.account.UsernameKey;
import cn.saihan.trace.account.ValidPassword;
import cn.saihan.trace.audit.AuditTrail;
import cn.saihan.trace.gs1.Gln;
import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.producer.ProducerService.NewProducer;
import cn.saihan.trace.system.ClientQuotas;

/**
 * Takes producers' enrolments and the bureau's decisions on them. A request is checked by the rules
 * a registration will face (credit code, a free user name) when it is submitted, so that a producer
 * hears at once what is wrong, and again when it is approved, since the registry may have changed.
 */
@Service
@EnableConfigurationProperties(EnrolmentProperties.class)
public class EnrolmentService {

	/** Who an application is recorded for in the audit log: anyone, by the client address in the entry. */
	private static final String ANONYMOUS = "anonymous";

	/** The client quota's name for submissions. */
	private static final String SUBMISSIONS = "enrolment";

	private final Enrolments enrolments;

	private final ProducerService producers;

	private final AccountService accounts;

	private final AuditTrail audit;

	private final PasswordEncoder encoder;

	private final EnrolmentProperties properties;

	private final Clock clock;

	private final ClientQuotas quotas;

	/** A hash of no one's password, checked when no application has the name given (see {@link #awaitsDecision}). */
	private final String noEnrolmentHash;

	EnrolmentService(Enrolments enrolments, ProducerService producers, AccountService accounts, AuditTrail audit,
			PasswordEncoder encoder, EnrolmentProperties properties, Clock clock, ClientQuotas quotas) {
		this.quotas = quotas;
		this.enrolments = enrolments;
		this.producers = producers;
		this.accounts = accounts;
		this.audit = audit;
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
		this.noEnrolmentHash = encoder.encode(UUID.randomUUID().toString());
	}

	/**
	 * Takes a producer's request from {@code clientAddress}, which may send a few per hour. A credit
	 * code already registered is refused at once; one that another request waiting for review names
	 * is not, so that nobody can reserve a cooperative's public code by applying first: the bureau
	 * decides, and the second approval of a code fails with the reason.
	 */
	@Transactional
	public Enrolment submit(NewProducer producer, String username, String password, String clientAddress) {
		quotas.take(SUBMISSIONS, clientAddress, properties.maxPerClient(), properties.perClientWindow())
			.ifPresent(wait -> {
				throw EnrolmentRefusal.TOO_MANY_FROM_CLIENT.tooMany().retryAfter(wait);
			});
		if (enrolments.countByStatus(EnrolmentStatus.PENDING) >= properties.maxPending()) {
			throw EnrolmentRefusal.TOO_MANY_PENDING.tooMany();
		}
		producers.checkCreditCode(producer.type(), producer.creditCode());
		Gln.ofNullable("gln", producer.gln());
		accounts.checkUsernameFree(username);
		if (enrolments.existsByUsernameKeyAndStatus(UsernameKey.of(username), EnrolmentStatus.PENDING)) {
			throw AccountRefusal.USERNAME_TAKEN.conflict("username", username);
		}
		Enrolment enrolment = enrolments.save(new Enrolment(producer, username, encoder.encode(password),
				clock.instant()));
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("name", enrolment.getName());
		content.put("creditCode", enrolment.getCreditCode());
		content.put("username", enrolment.getUsername());
		content.put("clientAddress", clientAddress);
		audit.record(ANONYMOUS, "ENROLMENT_SUBMITTED", "enrolment:" + enrolment.getId(), content);
		return enrolment;
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

	/** The applications waiting for the bureau, oldest first. */
	public Page<Enrolment> pending(Pageable pageable) {
		return enrolments.findByStatusOrderByIdAsc(EnrolmentStatus.PENDING, pageable);
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
		// A password BCrypt cannot hash is nobody's (and would make it throw).
		if (username == null || password == null || !ValidPassword.Validator.fitsHash(password)) {
			return false;
		}
		Optional<Enrolment> pending = enrolments.findFirstByUsernameKeyAndStatus(UsernameKey.of(username),
				EnrolmentStatus.PENDING);
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
