package cn.saihan.trace.brand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** An advantage zone (特色农产品优势区) of one product over some towns, with its level and current status. */
@Entity
@Table(name = "zone")
public class Zone {

	@Id
	private String code;

	private String nameZh;

	private String productCode;

	@Enumerated(EnumType.STRING)
	private ZoneLevel level;

	@Enumerated(EnumType.STRING)
	private ZoneStatus status;

	private LocalDate statusSince;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "zone_town", joinColumns = @JoinColumn(name = "zone_code"))
	@Column(name = "town_code")
	private Set<String> towns = new TreeSet<>();

	private Instant registeredAt;

	protected Zone() {
	}

	Zone(String code, String nameZh, String productCode, ZoneLevel level, ZoneStatus status, LocalDate statusSince,
			Set<String> towns, Instant registeredAt) {
		this.code = code;
		this.nameZh = nameZh;
		this.productCode = productCode;
		this.level = level;
		this.status = status;
		this.statusSince = statusSince;
		this.towns = new TreeSet<>(towns);
		this.registeredAt = registeredAt;
	}

	/** A new status from a date on; the history keeps the earlier ones. A status never goes back in time. */
	void moveTo(ZoneStatus next, LocalDate since) {
		if (since.isBefore(statusSince)) {
			throw BrandRefusal.ZONE_STATUS_BEFORE_CURRENT.invalid("since", statusSince);
		}
		this.status = next;
		this.statusSince = since;
	}

	public String getCode() {
		return code;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getProductCode() {
		return productCode;
	}

	public ZoneLevel getLevel() {
		return level;
	}

	public ZoneStatus getStatus() {
		return status;
	}

	public LocalDate getStatusSince() {
		return statusSince;
	}

	public Set<String> getTowns() {
		return Set.copyOf(towns);
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}
}
