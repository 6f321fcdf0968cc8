package cn.saihan.trace.brand;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A producer's licence (授权) to put a regional public brand on its lots between two inclusive
 * dates, once the bureau approved it. The licence guards its own transitions: an application is
 * decided once, and only an approved licence is revoked, from a date within its validity.
 */
@Entity
@Table(name = "brand_licence")
public class Licence {

	/** No licence of the registry is older; an earlier date is a typing error. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String brandCode;

	private Long producerId;

	private LocalDate validFrom;

	private LocalDate validTo;

	@Enumerated(EnumType.STRING)
	private LicenceStatus status;

	private Instant appliedAt;

	private String appliedBy;

	private Instant decidedAt;

	private String decidedBy;

	private String reason;

	private LocalDate revokedAt;

	private String revocationReason;

	protected Licence() {
	}

	/** An application waiting for the bureau. */
	static Licence applied(String brandCode, long producerId, LocalDate validFrom, LocalDate validTo, Instant at,
			String by) {
		Licence licence = new Licence();
		licence.brandCode = brandCode;
		licence.producerId = producerId;
		licence.validFrom = validFrom;
		licence.validTo = validTo;
		licence.status = LicenceStatus.APPLIED;
		licence.appliedAt = at;
		licence.appliedBy = by;
		return licence;
	}

	/** A licence the bureau grants at once: applied and approved in one step. */
	static Licence granted(String brandCode, long producerId, LocalDate validFrom, LocalDate validTo, Instant at,
			String by) {
		Licence licence = applied(brandCode, producerId, validFrom, validTo, at, by);
		licence.approve(at, by);
		return licence;
	}

	void approve(Instant at, String by) {
		decide(LicenceStatus.APPROVED, at, by, null);
	}

	void reject(Instant at, String by, String why) {
		decide(LicenceStatus.REJECTED, at, by, why);
	}

	private void decide(LicenceStatus decision, Instant at, String by, String why) {
		if (status != LicenceStatus.APPLIED) {
			throw BrandRefusal.LICENCE_NOT_PENDING.conflict(null, id, status);
		}
		this.status = decision;
		this.decidedAt = at;
		this.decidedBy = by;
		this.reason = why;
	}

	/** Revokes from a date on: lots harvested that day or later no longer bear the brand under this licence. */
	void revoke(LocalDate on, String why) {
		if (status != LicenceStatus.APPROVED) {
			throw BrandRefusal.LICENCE_NOT_APPROVED.conflict(null, id, status);
		}
		if (on.isBefore(validFrom) || on.isAfter(validTo)) {
			throw BrandRefusal.LICENCE_REVOKED_OUTSIDE.invalid("revokedAt", validFrom, validTo);
		}
		this.status = LicenceStatus.REVOKED;
		this.revokedAt = on;
		this.revocationReason = why;
	}

	/**
	 * Whether the licence lets its producer use the brand on a date: approved, the date within its
	 * validity, and not revoked on or before it (a revocation does not reach back before its date).
	 */
	public boolean validOn(LocalDate date) {
		boolean decided = status == LicenceStatus.APPROVED
				|| status == LicenceStatus.REVOKED && revokedAt.isAfter(date);
		return decided && !date.isBefore(validFrom) && !date.isAfter(validTo);
	}

	public Long getId() {
		return id;
	}

	public String getBrandCode() {
		return brandCode;
	}

	public Long getProducerId() {
		return producerId;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public LicenceStatus getStatus() {
		return status;
	}

	public Instant getAppliedAt() {
		return appliedAt;
	}

	public String getAppliedBy() {
		return appliedBy;
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

	public LocalDate getRevokedAt() {
		return revokedAt;
	}

	public String getRevocationReason() {
		return revocationReason;
	}
}
