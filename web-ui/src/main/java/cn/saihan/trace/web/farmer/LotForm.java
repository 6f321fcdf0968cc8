package cn.saihan.trace.web.farmer;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import cn.saihan.trace.lot.ComplianceBasis;
import cn.saihan.trace.lot.LotRequest;
import cn.saihan.trace.product.KnownProduct;
import cn.saihan.trace.system.NotAfterToday;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The lot registration form. A mutable bean rather than a record so that a value that does not
 * even convert (letters in the quantity) is kept and shown back, with its message, next to the
 * field. The constraints are those of {@link LotRequest}; their messages are in the messages files
 * under the constraint's code (e.g. {@code Positive.lotForm.quantityKg}).
 */
public class LotForm {

	private Long producerId;

	@NotBlank
	@KnownProduct
	private String productCode;

	@NotNull
	@NotAfterToday
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate harvestDate;

	@NotNull
	@Positive
	@Digits(integer = 9, fraction = 3)
	private BigDecimal quantityKg;

	@NotNull
	@PositiveOrZero
	@Digits(integer = 7, fraction = 4)
	private BigDecimal unitPriceYuan;

	@Size(max = 100)
	private String plot;

	@Size(max = 100)
	private String village;

	@NotNull
	private ComplianceBasis complianceBasis = ComplianceBasis.SELF_COMMITMENT;

	LotRequest toRequest(long producer) {
		return new LotRequest(producer, productCode, harvestDate, quantityKg, unitPriceYuan, null, plot, village,
				complianceBasis);
	}

	public Long getProducerId() {
		return producerId;
	}

	public void setProducerId(Long producerId) {
		this.producerId = producerId;
	}

	public String getProductCode() {
		return productCode;
	}

	public void setProductCode(String productCode) {
		this.productCode = productCode;
	}

	public LocalDate getHarvestDate() {
		return harvestDate;
	}

	public void setHarvestDate(LocalDate harvestDate) {
		this.harvestDate = harvestDate;
	}

	public BigDecimal getQuantityKg() {
		return quantityKg;
	}

	public void setQuantityKg(BigDecimal quantityKg) {
		this.quantityKg = quantityKg;
	}

	public BigDecimal getUnitPriceYuan() {
		return unitPriceYuan;
	}

	public void setUnitPriceYuan(BigDecimal unitPriceYuan) {
		this.unitPriceYuan = unitPriceYuan;
	}

	public String getPlot() {
		return plot;
	}

	public void setPlot(String plot) {
		this.plot = plot;
	}

	public String getVillage() {
		return village;
	}

	public void setVillage(String village) {
		this.village = village;
	}

	public ComplianceBasis getComplianceBasis() {
		return complianceBasis;
	}

	public void setComplianceBasis(ComplianceBasis complianceBasis) {
		this.complianceBasis = complianceBasis;
	}
}
