package cn.saihan.trace.web.farmer;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import cn.saihan.trace.lot.ComplianceBasis;
import cn.saihan.trace.lot.LotRequest;

/**
 * The lot registration form. A mutable bean rather than a record so that a value that does not
 * even convert (letters in the quantity) is kept and shown back, with its message, next to the
 * field. It checks no rule itself: the lot registration does, as for every lot, and its refusals
 * are shown next to their fields in the reader's language.
 */
public class LotForm {

	private Long producerId;

	private String productCode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate harvestDate;

	private BigDecimal quantityKg;

	private BigDecimal unitPriceYuan;

	private String plot;

	private String village;

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
