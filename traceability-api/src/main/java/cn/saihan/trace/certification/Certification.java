package cn.saihan.trace.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import cn.saihan.trace.system.PlausibleDate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** A certification held by one producer for a list of products, valid between two inclusive dates. */
@Entity
@Table(name = "certification")
public class Certification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long producerId;

	@Enumerated(EnumType.STRING)
	private CertificationType type;

	private String certificateNo;

	// Read with every certification a query returns in one more statement each, not one per certification:
	// the write path loads all certifications of a file's producers at once.
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "certification_product", joinColumns = @JoinColumn(name = "certification_id"))
	@Column(name = "product_code")
	private Set<String> productCodes = new TreeSet<>();

	/** 核准产量 per product, kg a certificate year (spec §2.9); a product without one is unlimited. */
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "certification_approved_output", joinColumns = @JoinColumn(name = "certification_id"))
	@MapKeyColumn(name = "product_code")
	@Column(name = "approved_kg")
	private Map<String, BigDecimal> approvedOutput = new TreeMap<>();

	private String issuer;

	private LocalDate validFrom;

	private LocalDate validTo;

	private LocalDate revokedAt;

	private String revocationReason;

	private Instant registeredAt;

	protected Certification() {
	}

	public Certification(Long producerId, CertificationType type, String certificateNo, Set<String> productCodes,
			String issuer, LocalDate validFrom, LocalDate validTo, Instant registeredAt) {
		if (validTo == null && !type.mayBeOpenEnded()) {
			throw new IllegalArgumentException(type + " needs an end date");
		}
		this.producerId = producerId;
		this.type = type;
		this.certificateNo = certificateNo;
		this.productCodes = new TreeSet<>(productCodes);
		this.issuer = issuer;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.registeredAt = registeredAt;
	}

	/**
	 * As above, with the output it approves per product and certificate year; the products must be
	 * among those it lists (the service refuses others before this is called).
	 */
	public Certification(Long producerId, CertificationType type, String certificateNo, Set<String> productCodes,
			Map<String, BigDecimal> approvedOutput, String issuer, LocalDate validFrom, LocalDate validTo,
			Instant registeredAt) {
		this(producerId, type, certificateNo, productCodes, issuer, validFrom, validTo, registeredAt);
		if (!productCodes.containsAll(approvedOutput.keySet())) {
			throw new IllegalArgumentException("Approved output for a product the certification does not list");
		}
		this.approvedOutput = new TreeMap<>(approvedOutput);
	}

	/** Standing on a date: revocation wins from its date on, then the validity window decides. */
	public CertificationStatus statusOn(LocalDate date) {
		if (revokedAt != null && !revokedAt.isAfter(date)) {
			return CertificationStatus.REVOKED;
		}
		if (date.isBefore(validFrom)) {
			return CertificationStatus.NOT_YET_VALID;
		}
		if (validTo != null && date.isAfter(validTo)) {
			return CertificationStatus.EXPIRED;
		}
		return CertificationStatus.VALID;
	}

	public boolean covers(String productCode) {
		return productCodes.contains(productCode);
	}

	/**
	 * Revokes from a date on. A certification is revoked once; a second revocation is refused so
	 * that the recorded date and reason cannot be silently rewritten.
	 */
	public void revoke(LocalDate on, String reason) {
		if (revokedAt != null) {
			throw CertificationRefusal.ALREADY_REVOKED.conflict(null, certificateNo, revokedAt);
		}
		// No certification of the registry is older; an earlier date is a typing error.
		// A revocation outside the validity would rewrite what the certificate meant before it was held.
		if (on.isBefore(PlausibleDate.FIRST)) {
			throw CertificationRefusal.REVOKED_BEFORE_2000.invalid("revokedAt");
		}
		if (on.isBefore(validFrom)) {
			throw CertificationRefusal.REVOKED_BEFORE_VALID_FROM.invalid("revokedAt", validFrom);
		}
		if (validTo != null && on.isAfter(validTo)) {
			throw CertificationRefusal.REVOKED_AFTER_VALID_TO.invalid("revokedAt", validTo);
		}
		this.revokedAt = on;
		this.revocationReason = reason;
	}

	public Long getId() {
		return id;
	}

	public Long getProducerId() {
		return producerId;
	}

	public CertificationType getType() {
		return type;
	}

	public String getCertificateNo() {
		return certificateNo;
	}

	public Set<String> getProductCodes() {
		return Set.copyOf(productCodes);
	}

	/** The approved output per product, kg a certificate year, by product code. */
	public Map<String, BigDecimal> getApprovedOutput() {
		return Map.copyOf(approvedOutput);
	}

	/** The kg a certificate year approved for a product, or empty when the product is unlimited. */
	public Optional<BigDecimal> approvedOutputOf(String productCode) {
		return Optional.ofNullable(approvedOutput.get(productCode));
	}

	/** The certificate year that holds a date within the validity (spec §2.9). */
	public CertificateYear yearOf(LocalDate date) {
		return CertificateYear.holding(validFrom, validTo, date);
	}

	public String getIssuer() {
		return issuer;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public LocalDate getRevokedAt() {
		return revokedAt;
	}

	public String getRevocationReason() {
		return revocationReason;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}
}
