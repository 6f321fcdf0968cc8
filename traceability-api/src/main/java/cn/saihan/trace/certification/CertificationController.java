package cn.saihan.trace.certification;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

@RestController
class CertificationController {

	private final CertificationService service;

	private final Clock clock;

	CertificationController(CertificationService service, Clock clock) {
		this.service = service;
		this.clock = clock;
	}

	@PostMapping("/api/v1/producers/{producerId}/certifications")
	ResponseEntity<CertificationView> register(@PathVariable long producerId,
			@Valid @RequestBody CertificationRequest request) {
		Certification certification = service.register(producerId, request);
		return ResponseEntity.created(URI.create("/api/v1/certifications/" + certification.getId()))
			.body(CertificationView.of(certification, today()));
	}

	@GetMapping("/api/v1/producers/{producerId}/certifications")
	PagedModel<CertificationView> ofProducer(@PathVariable long producerId,
			@PageableDefault(size = 50) Pageable pageable) {
		LocalDate today = today();
		return new PagedModel<>(service.ofProducer(producerId, pageable)
			.map(c -> CertificationView.of(c, today)));
	}

	@GetMapping("/api/v1/certifications/{id}")
	CertificationView certification(@PathVariable long id) {
		return CertificationView.of(service.get(id), today());
	}

	@PostMapping("/api/v1/certifications/{id}/revocation")
	CertificationView revoke(@PathVariable long id, @Valid @RequestBody RevocationRequest request) {
		return CertificationView.of(service.revoke(id, request), today());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
