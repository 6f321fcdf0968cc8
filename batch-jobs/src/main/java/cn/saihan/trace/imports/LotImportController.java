package cn.saihan.trace.imports;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.saihan.trace.system.Problems;

@RestController
class LotImportController {

	private static final URI IMPORT_FAILED = URI.create("urn:saihan-trace:problem:import-failed");

	private final LotImports imports;

	private final LotImportTemplate template;

	private final Clock clock;

	LotImportController(LotImports imports, LotImportTemplate template, Clock clock) {
		this.imports = imports;
		this.template = template;
		this.clock = clock;
	}

	@PostMapping("/api/v1/imports/lots")
	LotImportReport importLots(@RequestParam(required = false) MultipartFile file, Principal principal)
			throws Exception {
		if (file == null || file.isEmpty()) {
			throw ImportRefusal.FILE_REQUIRED.invalid("file", String.join(",", LotCsvHeader.FIELDS));
		}
		return imports.importStream(file.getInputStream(), principal.getName());
	}

	/** The file to fill in, with the Chinese column titles and an example row. */
	@GetMapping("/api/v1/imports/lots/template.csv")
	ResponseEntity<byte[]> csvTemplate() {
		return download(template.csv(LocalDate.now(clock)), new MediaType("text", "csv", StandardCharsets.UTF_8), "csv");
	}

	/** As above, as an Excel workbook, with how to fill each column and the catalogue's product codes. */
	@GetMapping("/api/v1/imports/lots/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate() {
		return download(template.xlsx(LocalDate.now(clock)), MediaType.parseMediaType(LotImportTemplate.XLSX_MEDIA_TYPE),
				"xlsx");
	}

	private static ResponseEntity<byte[]> download(byte[] file, MediaType type, String extension) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("批次导入模板." + extension, StandardCharsets.UTF_8).build().toString())
			.body(file);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> failed(LotImportFailedException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, IMPORT_FAILED, "Import failed",
				ex.getMessage());
		problem.setProperty("jobExecutionId", ex.jobExecutionId());
		return ResponseEntity.internalServerError().body(problem);
	}
}
