package cn.saihan.trace.producer;

import java.time.Instant;

import cn.saihan.trace.gs1.Gln;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A farmer, cooperative, family farm or enterprise that grows and registers lots. */
@Entity
@Table(name = "producer")
public class Producer {

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

	private Instant registeredAt;

	protected Producer() {
	}

	public Producer(String name, ProducerType type, CreditCode creditCode, String townCode, String village,
			String contactName, String contactPhone, Instant registeredAt) {
		correct(name, type, creditCode, townCode, village, contactName, contactPhone);
		this.registeredAt = registeredAt;
	}

	/** Corrects the details; the id, and with it every lot and certification, stays the producer's. */
	void correct(String name, ProducerType type, CreditCode creditCode, String townCode, String village,
			String contactName, String contactPhone) {
		if (type.needsCreditCode() && creditCode == null) {
			throw new IllegalArgumentException(type + " needs a unified social credit code");
		}
		this.name = name;
		this.type = type;
		this.creditCode = creditCode == null ? null : creditCode.value();
		this.townCode = townCode;
		this.village = village;
		this.contactName = contactName;
		this.contactPhone = contactPhone;
	}

	/** Where and who the producer is in GS1 terms (its GLN), or {@code null} for none. */
	void locate(Gln gln) {
		this.gln = gln == null ? null : gln.value();
	}

	/** The producer's GS1 Global Location Number, if it has one. */
	public String getGln() {
		return gln;
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

	public Instant getRegisteredAt() {
		return registeredAt;
	}
}
