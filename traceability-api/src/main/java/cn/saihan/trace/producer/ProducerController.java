package cn.saihan.trace.producer;

import java.net.URI;
import java.time.Instant;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.town.KnownTown;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
class ProducerController {

	private final Producers producers;

	private final ProducerService service;

	private final PersonalData personalData;

	ProducerController(Producers producers, ProducerService service, PersonalData personalData) {
		this.producers = producers;
		this.service = service;
		this.personalData = personalData;
	}

	@PostMapping("/api/v1/producers")
	ResponseEntity<ProducerView> register(@Valid @RequestBody ProducerRequest request) {
		Producer producer = service.register(request.toNewProducer());
		return ResponseEntity.created(URI.create("/api/v1/producers/" + producer.getId()))
			.body(ProducerView.of(producer));
	}

	/** Corrects the details (bureau); lots and certifications stay the producer's. */
	@PutMapping("/api/v1/producers/{id}")
	ProducerView correct(@PathVariable long id, @Valid @RequestBody ProducerRequest request) {
		return ProducerView.of(service.correct(id, request.toNewProducer()));
	}

	@GetMapping("/api/v1/producers/{id}")
	ProducerView producer(@PathVariable long id) {
		return producers.findById(id).map(this::view)
			.orElseThrow(() -> ProducerRefusal.NOT_FOUND.notFound(id));
	}

	/** Both filters are optional; without them, every producer is listed page by page. */
	@GetMapping("/api/v1/producers")
	PagedModel<ProducerView> producers(@RequestParam(required = false) String townCode,
			@RequestParam(required = false) String q, @PageableDefault(size = 20) Pageable pageable) {
		String query = q == null || q.isBlank() ? null : q.strip();
		return new PagedModel<>(producers.search(townCode, query, pageable).map(this::view));
	}

	/** Contact person and phone only for the bureau and the producer's own login (PIPL). */
	private ProducerView view(Producer producer) {
		ProducerView view = ProducerView.of(producer);
		return personalData.mayRead(producer.getId()) ? view : view.withoutContact();
	}

	record ProducerRequest(@NotBlank @PlainText @Size(max = 100) String name, @NotNull ProducerType type,
			@ValidCreditCode String creditCode, @NotBlank @KnownTown String townCode,
			@PlainText @Size(max = 100) String village, @PlainText @Size(max = 50) String contactName,
			@Pattern(regexp = "[0-9+ -]{5,20}", message = "must be a phone number of 5 to 20 digits") String contactPhone,
			String gln) {

		ProducerService.NewProducer toNewProducer() {
			return new ProducerService.NewProducer(name.strip(), type, creditCode, townCode, village, contactName,
					contactPhone, gln == null || gln.isBlank() ? null : gln.strip());
		}
	}

	record ProducerView(Long id, String name, ProducerType type, String creditCode, String townCode, String village,
			String contactName, String contactPhone, String gln, Instant registeredAt) {
		static ProducerView of(Producer p) {
			return new ProducerView(p.getId(), p.getName(), p.getType(), p.getCreditCode(), p.getTownCode(),
					p.getVillage(), p.getContactName(), p.getContactPhone(), p.getGln(), p.getRegisteredAt());
		}

		ProducerView withoutContact() {
			return new ProducerView(id, name, type, creditCode, townCode, village, null, null, gln, registeredAt);
		}
	}
}
