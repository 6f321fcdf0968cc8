package cn.saihan.trace.epcis;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EpcisController {

	static final String JSON_LD = "application/ld+json";

	private final EpcisDocuments documents;

	EpcisController(EpcisDocuments documents) {
		this.documents = documents;
	}

	@GetMapping(path = "/api/v1/lots/{lotCode}/epcis", produces = { JSON_LD, "application/json" })
	Map<String, Object> epcis(@PathVariable String lotCode) {
		return documents.of(lotCode);
	}
}
