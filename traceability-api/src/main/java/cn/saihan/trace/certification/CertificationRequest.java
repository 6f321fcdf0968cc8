package cn.saihan.trace.certification;

import java.time.LocalDate;
import java.util.List;

import cn.saihan.trace.product.KnownProduct;
import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.system.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/producers/{id}/certifications}; shapes per type are checked by the service. */
public record CertificationRequest(@NotNull CertificationType type, @NotBlank @PlainText String certificateNo,
		@NotEmpty List<@NotBlank @KnownProduct String> productCodes, @PlainText @Size(max = 100) String issuer,
		@NotNull @PlausibleDate LocalDate validFrom, @PlausibleDate LocalDate validTo) {
}
