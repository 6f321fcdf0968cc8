package cn.saihan.trace.enrolment;

import java.net.URI;
import java.time.Instant;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.account.ValidPassword;
import cn.saihan.trace.account.ValidUsername;
import cn.saihan.trace.producer.ProducerService.NewProducer;
import cn.saihan.trace.producer.ProducerType;
import cn.saihan.trace.producer.ValidCreditCode;
import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.town.KnownTown;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Anyone may ask to be registered; only the bureau sees and decides the requests. */
@RestController
class EnrolmentController {

	private final EnrolmentService service;

	private final Enrolments enrolments;

	private final Actors actors;

	EnrolmentController(EnrolmentService service, Enrolments enrolments, Actors actors) {
		this.service = service;
		this.enrolments = enrolments;
		this.actors = actors;
	}

	@PostMapping("/api/v1/enrolments")
	ResponseEntity<EnrolmentView> submit(@Valid @RequestBody EnrolmentRequest request, HttpServletRequest http) {
		Enrolment enrolment = service.submit(request.producer(), request.username(), request.password(),
				http.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/enrolments/" + enrolment.getId()))
			.body(EnrolmentView.of(enrolment));
	}

	@GetMapping("/api/v1/enrolments")
	PagedModel<EnrolmentView> enrolments(@RequestParam(defaultValue = "PENDING") EnrolmentStatus status,
			@PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(enrolments.findByStatusOrderByIdAsc(status, pageable).map(EnrolmentView::of));
	}

	@GetMapping("/api/v1/enrolments/{id}")
	EnrolmentView enrolment(@PathVariable long id) {
		return EnrolmentView.of(service.find(id));
	}

	@PostMapping("/api/v1/enrolments/{id}/approval")
	EnrolmentView approve(@PathVariable long id) {
		return EnrolmentView.of(service.approve(id, actors.current().username()));
	}

	@PostMapping("/api/v1/enrolments/{id}/rejection")
	EnrolmentView reject(@PathVariable long id, @Valid @RequestBody Rejection rejection) {
		return EnrolmentView.of(service.reject(id, rejection.reason().strip(), actors.current().username()));
	}

	/** A producer's registration details (contact required: the bureau calls before deciding) and its login. */
	record EnrolmentRequest(@NotBlank @PlainText @Size(max = 100) String name, @NotNull ProducerType type,
			@ValidCreditCode String creditCode, @NotBlank @KnownTown String townCode,
			@PlainText @Size(max = 100) String village, @NotBlank @PlainText @Size(max = 50) String contactName,
			@NotBlank @Pattern(regexp = "[0-9+ -]{5,20}", message = "must be a phone number of 5 to 20 digits") String contactPhone,
			@NotBlank @ValidUsername String username,
			@NotBlank @ValidPassword String password, String gln) {

		NewProducer producer() {
			return new NewProducer(name.strip(), type, creditCode, townCode, blankToNull(village), contactName.strip(),
					contactPhone.strip(), blankToNull(gln));
		}

		private static String blankToNull(String text) {
			return text == null || text.isBlank() ? null : text.strip();
		}
	}

	record Rejection(@NotBlank @PlainText(multiline = true) @Size(max = 500) String reason) {
	}

	/** Never the password hash. */
	record EnrolmentView(Long id, String name, ProducerType type, String creditCode, String townCode, String village,
			String contactName, String contactPhone, String gln, String username, EnrolmentStatus status,
			Instant submittedAt, Instant decidedAt, String decidedBy, String reason, Long producerId) {
		static EnrolmentView of(Enrolment e) {
			return new EnrolmentView(e.getId(), e.getName(), e.getType(), e.getCreditCode(), e.getTownCode(),
					e.getVillage(), e.getContactName(), e.getContactPhone(), e.getGln(), e.getUsername(), e.getStatus(),
					e.getSubmittedAt(), e.getDecidedAt(), e.getDecidedBy(), e.getReason(), e.getProducerId());
		}
	}
}
