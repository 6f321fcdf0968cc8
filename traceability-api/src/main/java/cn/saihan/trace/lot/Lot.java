package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A harvest lot. Its value is fixed at registration: quantity × unit price, half-up to cents. */
@Entity
@Table(name = "lot")
public class Lot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String lotCode;

	private Long producerId;

	private String productCode;

	private LocalDate harvestDate;

	private BigDecimal quantityKg;

	private BigDecimal unitPriceYuan;

	private BigDecimal valueYuan;

	private String plot;

	private String village;

	@Enumerated(EnumType.STRING)
	private ComplianceBasis complianceBasis;

	private LocalDate complianceIssuedOn;

	private Instant registeredAt;

	private String registeredBy;

	@Enumerated(EnumType.STRING)
	private LotOrigin origin = LotOrigin.HARVEST;

	/** Written only by the holds and recalls ({@code recall} package), in SQL; JPA reads it. */
	@Enumerated(EnumType.STRING)
	@Column(insertable = false, updatable = false)
	private LotStatus status = LotStatus.ACTIVE;

	@Column(insertable = false, updatable = false)
	private String statusReason;

	@Column(insertable = false, updatable = false)
	private Instant statusSince;

	protected Lot() {
	}

	private Lot(LotCode lotCode, Long producerId, String productCode, LocalDate harvestDate, BigDecimal quantityKg,
			BigDecimal unitPriceYuan, String plot, String village, ComplianceBasis complianceBasis,
			Instant registeredAt, LocalDate registeredOn, String registeredBy) {
		if (quantityKg.signum() <= 0 || unitPriceYuan.signum() < 0) {
			throw new IllegalArgumentException("Quantity must be positive and price not negative");
		}
		this.lotCode = lotCode.value();
		this.producerId = producerId;
		this.productCode = productCode;
		this.harvestDate = harvestDate;
		this.quantityKg = quantityKg;
		this.unitPriceYuan = unitPriceYuan;
		this.valueYuan = valueOf(quantityKg, unitPriceYuan);
		this.plot = plot;
		this.village = village;
		this.complianceBasis = complianceBasis;
		this.complianceIssuedOn = registeredOn;
		this.registeredAt = registeredAt;
		this.registeredBy = registeredBy;
	}

	/** A lot from a checked {@link NewLot}, not yet stored; the write path gives it its code. */
	static Lot of(NewLot lot, LotCode code, Instant registeredAt, LocalDate registeredOn, String registeredBy) {
		Lot created = new Lot(code, lot.producerId(), lot.productCode(), lot.harvestDate(), lot.quantityKg(),
				lot.unitPriceYuan(), lot.plot(), lot.village(), lot.complianceBasis(), registeredAt, registeredOn,
				registeredBy);
		created.origin = lot.origin();
		return created;
	}

	/** A stored lot as the write path reads it back with JDBC. */
	static Lot stored(long id, String lotCode, long producerId, String productCode, LocalDate harvestDate,
			BigDecimal quantityKg, BigDecimal unitPriceYuan, BigDecimal valueYuan, String plot, String village,
			ComplianceBasis complianceBasis, LocalDate complianceIssuedOn, Instant registeredAt, String registeredBy,
			LotOrigin origin) {
		Lot lot = new Lot();
		lot.id = id;
		lot.lotCode = lotCode;
		lot.producerId = producerId;
		lot.productCode = productCode;
		lot.harvestDate = harvestDate;
		lot.quantityKg = quantityKg;
		lot.unitPriceYuan = unitPriceYuan;
		lot.valueYuan = valueYuan;
		lot.plot = plot;
		lot.village = village;
		lot.complianceBasis = complianceBasis;
		lot.complianceIssuedOn = complianceIssuedOn;
		lot.registeredAt = registeredAt;
		lot.registeredBy = registeredBy;
		lot.origin = origin;
		return lot;
	}

	/** The id the database gave the lot's row when the write path inserted it. */
	void storedAs(long id) {
		this.id = id;
	}

	/** Value in yuan: exact product, rounded half-up to 2 decimals (never through floating point). */
	public static BigDecimal valueOf(BigDecimal quantityKg, BigDecimal unitPriceYuan) {
		return quantityKg.multiply(unitPriceYuan).setScale(2, RoundingMode.HALF_UP);
	}

	public Long getId() {
		return id;
	}

	public LotCode getLotCode() {
		return new LotCode(lotCode);
	}

	/** The code as stored, for the write path, which handles thousands of lots a call. */
	String code() {
		return lotCode;
	}

	public Long getProducerId() {
		return producerId;
	}

	public String getProductCode() {
		return productCode;
	}

	public LocalDate getHarvestDate() {
		return harvestDate;
	}

	public BigDecimal getQuantityKg() {
		return quantityKg;
	}

	public BigDecimal getUnitPriceYuan() {
		return unitPriceYuan;
	}

	public BigDecimal getValueYuan() {
		return valueYuan;
	}

	public String getPlot() {
		return plot;
	}

	public String getVillage() {
		return village;
	}

	public ComplianceBasis getComplianceBasis() {
		return complianceBasis;
	}

	public LocalDate getComplianceIssuedOn() {
		return complianceIssuedOn;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public String getRegisteredBy() {
		return registeredBy;
	}

	public LotOrigin getOrigin() {
		return origin;
	}

	/** ACTIVE, or HELD or RECALLED while the sale of the lot is stopped (§2.10). */
	public LotStatus getStatus() {
		return status;
	}

	/** Why the lot is held or recalled; {@code null} while it is ACTIVE and was never held. */
	public String getStatusReason() {
		return statusReason;
	}

	/** When the lot entered its present status; {@code null} for a lot ACTIVE since registration. */
	public Instant getStatusSince() {
		return statusSince;
	}
}
