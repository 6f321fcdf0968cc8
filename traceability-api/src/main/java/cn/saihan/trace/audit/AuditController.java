package cn.saihan.trace.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bureau only (see the security rules): the audit log names who did what. */
@RestController
class AuditController {

	private final AuditVerifier verifier;

	AuditController(AuditVerifier verifier) {
		this.verifier = verifier;
	}

	@GetMapping("/api/v1/audit/verify")
	ChainVerification verify() {
		return verifier.verify();
	}
}
