package cn.saihan.trace.certification;

import java.time.LocalDate;

import cn.saihan.trace.system.NotAfterToday;
import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.system.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/certifications/{id}/revocation}. */
public record RevocationRequest(@NotNull @NotAfterToday @PlausibleDate LocalDate revokedAt, @NotBlank @PlainText(multiline = true) @Size(max = 500) String reason) {
}
