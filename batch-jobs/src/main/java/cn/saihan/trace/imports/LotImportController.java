package cn.saihan.trace.imports;

import java.net.URI;
import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.saihan.trace.system.Problems;

@RestController
class LotImportController {

	private static final URI IMPORT_FAILED = URI.create("urn:saihan-trace:problem:import-failed");

	private final LotImports imports;

	LotImportController(LotImports imports) {
		this.imports = imports;
	}

	@PostMapping("/api/v1/imports/lots")
	LotImportReport importLots(@RequestParam(required = false) MultipartFile file, Principal principal)
			throws Exception {
		if (file == null || file.isEmpty()) {
			throw ImportRefusal.FILE_REQUIRED.invalid("file", String.join(",", LotCsvHeader.FIELDS));
		}
		return imports.importStream(file.getInputStream(), principal.getName());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> failed(LotImportFailedException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, IMPORT_FAILED, "Import failed",
				ex.getMessage());
		problem.setProperty("jobExecutionId", ex.jobExecutionId());
		return ResponseEntity.internalServerError().body(problem);
	}
}
