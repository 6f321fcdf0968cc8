package cn.saihan.trace.web.brand;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import cn.saihan.trace.brand.BrandService.NewLicence;
import cn.saihan.trace.system.PlausibleDate;
import jakarta.validation.constraints.NotNull;

/** A licence's producer and validity: granted by the bureau, or applied for by the producer. */
public class LicenceForm {

	@NotNull
	private Long producerId;

	@NotNull
	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@NotNull
	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	NewLicence toNewLicence() {
		return new NewLicence(producerId, validFrom, validTo);
	}

	public Long getProducerId() {
		return producerId;
	}

	public void setProducerId(Long producerId) {
		this.producerId = producerId;
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
