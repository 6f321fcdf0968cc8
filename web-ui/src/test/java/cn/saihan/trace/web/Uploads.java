package cn.saihan.trace.web;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A multipart body with one file, as a browser sends a form's file field. */
final class Uploads {

	private Uploads() {
	}

	static MultiValueMap<String, Object> file(String field, byte[] content, String fileName) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add(field, new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}, headers));
		return parts;
	}
}
