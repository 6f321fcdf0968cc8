package cn.saihan.trace.jobs;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The multipart body of a spreadsheet upload, as a browser sends the import form's file. */
public final class CsvUpload {

	private CsvUpload() {
	}

	public static MultiValueMap<String, Object> of(byte[] bytes, String fileName) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType("text/csv"));
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new HttpEntity<>(new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}, headers));
		return parts;
	}
}
