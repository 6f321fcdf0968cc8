package cn.saihan.trace.web.bureau;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

import cn.saihan.trace.certification.CertificationRequest;
import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.system.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The "add a certification" form; the shape of the number and the length of validity are checked by type. */
public class CertificationForm {

	@NotNull
	private CertificationType type = CertificationType.GREEN;

	@NotBlank
	@Size(max = 40)
	@PlainText
	private String certificateNo;

	@NotEmpty
	private List<String> productCodes = new ArrayList<>();

	@Size(max = 100)
	@PlainText
	private String issuer;

	@NotNull
	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	/** 核准产量 per product, kg a certificate year; a field left empty is no approved output (unlimited). */
	private Map<String, BigDecimal> approvedOutput = new LinkedHashMap<>();

	CertificationRequest toRequest() {
		Map<String, BigDecimal> given = new LinkedHashMap<>();
		approvedOutput.forEach((product, kg) -> {
			if (kg != null) {
				given.put(product, kg);
			}
		});
		return new CertificationRequest(type, certificateNo, productCodes, issuer, validFrom, validTo, given);
	}

	public Map<String, BigDecimal> getApprovedOutput() {
		return approvedOutput;
	}

	public void setApprovedOutput(Map<String, BigDecimal> approvedOutput) {
		this.approvedOutput = approvedOutput == null ? new LinkedHashMap<>() : approvedOutput;
	}

	public CertificationType getType() {
		return type;
	}

	public void setType(CertificationType type) {
		this.type = type;
	}

	public String getCertificateNo() {
		return certificateNo;
	}

	public void setCertificateNo(String certificateNo) {
		this.certificateNo = certificateNo == null ? null : certificateNo.strip().toUpperCase();
	}

	public List<String> getProductCodes() {
		return productCodes;
	}

	public void setProductCodes(List<String> productCodes) {
		this.productCodes = productCodes == null ? new ArrayList<>() : productCodes;
	}

	public String getIssuer() {
		return issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}
}
