package cn.saihan.trace.web.bureau;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import cn.saihan.trace.certification.RevocationRequest;
import cn.saihan.trace.system.NotAfterToday;
import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.system.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Revoking a certification: from which date, and why (both are kept on the record for good). */
public class RevocationForm {

	@NotNull
	@NotAfterToday
	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate revokedAt;

	@NotBlank
	@Size(max = 500)
	@PlainText(multiline = true)
	private String reason;

	RevocationRequest toRequest() {
		return new RevocationRequest(revokedAt, reason);
	}

	public LocalDate getRevokedAt() {
		return revokedAt;
	}

	public void setRevokedAt(LocalDate revokedAt) {
		this.revokedAt = revokedAt;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
