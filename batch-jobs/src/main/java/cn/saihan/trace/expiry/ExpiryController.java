package cn.saihan.trace.expiry;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ExpiryController {

	private final CertificateExpiry expiry;

	private final ExpiryProperties properties;

	ExpiryController(CertificateExpiry expiry, ExpiryProperties properties) {
		this.expiry = expiry;
		this.properties = properties;
	}

	/** Before the first daily run the list is empty and has no date, rather than missing. */
	@GetMapping("/api/v1/certifications/expiring")
	CertificateExpiry.ExpiryList expiring() {
		return expiry.latest().orElse(new CertificateExpiry.ExpiryList(null, properties.withinDays(), List.of()));
	}

	@PostMapping("/api/v1/certifications/expiring/runs")
	@ResponseStatus(HttpStatus.OK)
	CertificateExpiry.ExpiryList refresh() throws Exception {
		expiry.refresh();
		return expiring();
	}
}
