package cn.saihan.trace.recall;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.account.Actors;

/** A lot's status, and the bureau's (and for a hold, the producer's) changes of it. */
@RestController
class HoldController {

	private final HoldService holds;

	private final Actors actors;

	HoldController(HoldService holds, Actors actors) {
		this.holds = holds;
		this.actors = actors;
	}

	/** The lots held or recalled now, the latest change first; {@code townCode} and {@code productCode} narrow it. */
	@GetMapping("/api/v1/holds")
	List<InForce> inForce(@RequestParam(required = false) String townCode,
			@RequestParam(required = false) String productCode) {
		return holds.inForce(townCode, productCode);
	}

	@GetMapping("/api/v1/lots/{lotCode}/status")
	LotStatusView status(@PathVariable String lotCode) {
		return holds.status(lotCode);
	}

	@PostMapping("/api/v1/lots/{lotCode}/hold")
	LotStatusView hold(@PathVariable String lotCode, @RequestBody StatusRequest request) {
		return holds.hold(lotCode, request.reason(), actors.current());
	}

	@PostMapping("/api/v1/lots/{lotCode}/release")
	LotStatusView release(@PathVariable String lotCode, @RequestBody StatusRequest request) {
		return holds.release(lotCode, request.reason(), actors.current());
	}

	@PostMapping("/api/v1/lots/{lotCode}/recall")
	LotStatusView recall(@PathVariable String lotCode, @RequestBody StatusRequest request) {
		return holds.recall(lotCode, request.reason(), actors.current());
	}
}
