package cn.saihan.trace.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's last word, for requests it refuses before the application sees them (a path with
 * {@code %2F} or {@code %00}, an over-long request line, a header it cannot parse): an RFC 9457
 * problem instead of Tomcat's HTML report, or a short Chinese page for a browser. Nothing of the
 * server or its version is told.
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		ProblemDetail problem = Problems.ofStatus(known != null ? known : HttpStatus.BAD_REQUEST);
		boolean browser = isBrowser(request);
		try {
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setContentType(browser ? "text/html;charset=UTF-8" : "application/problem+json");
			Writer out = response.getReporter();
			if (out == null) {
				return;
			}
			out.write(browser ? page(status) : json(problem));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response already went out: nothing more to say
		}
	}

	/**
	 * A browser asks for HTML. When Tomcat gave up before reading the headers (an over-long request
	 * line), the path decides: anything but the API is a page.
	 */
	private static boolean isBrowser(Request request) {
		String accept = request.getHeader("Accept");
		if (accept != null) {
			return accept.contains("text/html");
		}
		String uri = request.getRequestURI();
		return uri != null && uri.startsWith("/") && !uri.startsWith("/api/");
	}

	private static String json(ProblemDetail problem) {
		return "{\"type\":\"" + problem.getType() + "\",\"title\":\"" + problem.getTitle() + "\",\"status\":"
				+ problem.getStatus() + ",\"detail\":\"" + problem.getDetail() + "\"}";
	}

	private static String page(int status) {
		return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>出错了 · 赛罕追溯</title>"
				+ "</head><body><h1>请求无法处理</h1><p>网址或请求的格式不正确。</p><p>错误代码 " + status
				+ "</p><p><a href=\"/\">返回首页</a></p></body></html>";
	}
}
