package cn.saihan.trace.web.bureau;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.saihan.trace.audit.AuditLog;
import cn.saihan.trace.audit.AuditVerifier;

/**
 * The bureau's audit page: the latest entries of the chain, and a button that walks the whole chain
 * and names the first entry that was changed, removed or re-linked. The walk reads every entry, so
 * it runs when asked, not on every look.
 */
@Controller
class AuditPageController {

	private static final int LATEST = 50;

	private final AuditLog log;

	private final AuditVerifier verifier;

	private final Clock clock;

	AuditPageController(AuditLog log, AuditVerifier verifier, Clock clock) {
		this.log = log;
		this.verifier = verifier;
		this.clock = clock;
	}

	/** {@code verify=true} walks the chain: a read, so a link (GET) asks for it. */
	@GetMapping("/bureau/audit")
	String audit(@RequestParam(defaultValue = "false") boolean verify, Model model) {
		if (verify) {
			model.addAttribute("verification", verifier.verify());
		}
		model.addAttribute("entries", log.latest(LATEST));
		model.addAttribute("zone", clock.getZone());
		return "bureau/audit";
	}
}
