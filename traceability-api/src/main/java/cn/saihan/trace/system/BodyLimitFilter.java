package cn.saihan.trace.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Caps every request body before anything reads it: a declared {@code Content-Length} over the cap
 * is answered 413 at once, unread; a body without one (chunked) is read through a counter that
 * stops at the cap. Multipart uploads have their own, larger cap (Tomcat parses them itself,
 * bounded by {@code spring.servlet.multipart.*}, which take the same value). So a flood of huge
 * anonymous requests costs the server a megabyte each at most, and it keeps serving.
 */
class BodyLimitFilter extends OncePerRequestFilter implements Ordered {

	private final HttpLimits limits;

	private final JsonMapper json;

	BodyLimitFilter(HttpLimits limits, JsonMapper json) {
		this.limits = limits;
		this.json = json;
	}

	/** Before security and everything else that might read the body. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean upload = type != null && type.toLowerCase().startsWith("multipart/");
		long limit = (upload ? limits.maxUploadSize() : limits.maxBodySize()).toBytes();
		if (request.getContentLengthLong() > limit) {
			tooLarge(response, limit);
			return;
		}
		chain.doFilter(upload ? request : new Capped(request, limit), response);
	}

	private void tooLarge(HttpServletResponse response, long limit) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), Problems.tooLarge(limit));
	}

	/** The request with a body that can be read up to the cap and no further. */
	private static final class Capped extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Capped(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), limit);
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}
	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream body;

		private final long limit;

		private long read;

		CountingStream(ServletInputStream body, long limit) {
			this.body = body;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = body.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = body.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			read += n;
			if (read > limit) {
				throw new BodyTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return body.isFinished();
		}

		@Override
		public boolean isReady() {
			return body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			body.setReadListener(listener);
		}
	}
}
