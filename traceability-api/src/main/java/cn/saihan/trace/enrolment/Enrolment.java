package cn.saihan.trace.enrolment;

import java.time.Instant;

import cn.saihan.trace.account.UsernameKey;
import cn.saihan.trace.producer.ProducerService.NewProducer;
import cn.saihan.trace.producer.ProducerType;
import cn.saihan.trace.system.Terms;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A producer's request to be registered; decided once, by the bureau. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private ProducerType type;

	private String creditCode;

	private String townCode;

	private String village;

	private String contactName;

	private String contactPhone;

	private String gln;

	private String username;

	private String usernameKey;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private EnrolmentStatus status;

	private Instant submittedAt;

	private Instant decidedAt;

	private String decidedBy;

	private String reason;

	private Long producerId;

	protected Enrolment() {
	}

	Enrolment(NewProducer producer, String username, String passwordHash, Instant now) {
		this.name = producer.name();
		this.type = producer.type();
		this.creditCode = producer.creditCode();
		this.townCode = producer.townCode();
		this.village = producer.village();
		this.contactName = producer.contactName();
		this.contactPhone = producer.contactPhone();
		this.gln = producer.gln();
		this.username = username;
		this.usernameKey = UsernameKey.of(username);
		this.passwordHash = passwordHash;
		this.status = EnrolmentStatus.PENDING;
		this.submittedAt = now;
	}

	NewProducer producer() {
		return new NewProducer(name, type, creditCode, townCode, village, contactName, contactPhone, gln);
	}

	void approve(long producerId, String by, Instant now) {
		decide(EnrolmentStatus.APPROVED, by, now);
		this.producerId = producerId;
	}

	void reject(String reason, String by, Instant now) {
		decide(EnrolmentStatus.REJECTED, by, now);
		this.reason = reason;
	}

	void requirePending() {
		if (status != EnrolmentStatus.PENDING) {
			throw EnrolmentRefusal.ALREADY_DECIDED.conflict(null, id, Terms.of("enrolmentStatus." + status.name(), status.name().toLowerCase()));
		}
	}

	private void decide(EnrolmentStatus decision, String by, Instant now) {
		requirePending();
		this.status = decision;
		this.decidedBy = by;
		this.decidedAt = now;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public ProducerType getType() {
		return type;
	}

	public String getGln() {
		return gln;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public String getTownCode() {
		return townCode;
	}

	public String getVillage() {
		return village;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public String getUsername() {
		return username;
	}

	public EnrolmentStatus getStatus() {
		return status;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public String getReason() {
		return reason;
	}

	public Long getProducerId() {
		return producerId;
	}
}
