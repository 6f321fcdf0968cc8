package cn.saihan.trace.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.saihan.trace.product.KnownProduct;
import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.system.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/producers/{id}/certifications}; shapes per type and the approved output
 * (kg a certificate year per listed product, spec §2.9) are checked by the service.
 */
public record CertificationRequest(@NotNull CertificationType type, @NotBlank @PlainText String certificateNo,
		@NotEmpty List<@NotBlank @KnownProduct String> productCodes, @PlainText @Size(max = 100) String issuer,
		@NotNull @PlausibleDate LocalDate validFrom, @PlausibleDate LocalDate validTo,
		Map<String, BigDecimal> approvedOutput) {

	public CertificationRequest {
		approvedOutput = approvedOutput == null ? Map.of() : approvedOutput;
	}

	/** A request without approved output: every listed product unlimited. */
	public CertificationRequest(CertificationType type, String certificateNo, List<String> productCodes,
			String issuer, LocalDate validFrom, LocalDate validTo) {
		this(type, certificateNo, productCodes, issuer, validFrom, validTo, Map.of());
	}
}
