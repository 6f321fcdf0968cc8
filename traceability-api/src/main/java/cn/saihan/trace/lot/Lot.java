package cn.saihan.trace.lot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

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

	protected Lot() {
	}

	/**
	 * A lot made by merging or repacking other lots. It carries the earliest harvest date of its
	 * inputs, so that freshness is never overstated.
	 */
	public static Lot transformed(LotCode lotCode, Long producerId, String productCode, LocalDate earliestHarvest,
			BigDecimal quantityKg, BigDecimal unitPriceYuan, ComplianceBasis complianceBasis, Instant registeredAt,
			LocalDate registeredOn, String registeredBy) {
		Lot lot = new Lot(lotCode, producerId, productCode, earliestHarvest, quantityKg, unitPriceYuan, null, null,
				complianceBasis, registeredAt, registeredOn, registeredBy);
		lot.origin = LotOrigin.TRANSFORMATION;
		return lot;
	}

	public Lot(LotCode lotCode, Long producerId, String productCode, LocalDate harvestDate, BigDecimal quantityKg,
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
}
