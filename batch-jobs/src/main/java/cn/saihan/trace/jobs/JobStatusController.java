package cn.saihan.trace.jobs;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class JobStatusController {

	private final JobStatuses statuses;

	JobStatusController(JobStatuses statuses) {
		this.statuses = statuses;
	}

	@GetMapping("/api/v1/stats/jobs/{jobExecutionId}")
	JobStatus job(@PathVariable long jobExecutionId) {
		return statuses.get(jobExecutionId);
	}
}
