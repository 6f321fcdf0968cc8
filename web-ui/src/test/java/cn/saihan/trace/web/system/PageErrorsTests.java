package cn.saihan.trace.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.account.DefaultBureauPassword;
import cn.saihan.trace.product.ProductRefusal;

/**
 * A page controller's failure of every kind is the error page in the reader's language with the
 * failure's status, and the same failures of a REST controller are problems: the API's exception
 * handler advises REST controllers only. The two controllers here fail on purpose; the real pages
 * and API are in {@code ErrorAnswersIntegrationTests}.
 */
@WebMvcTest(controllers = PageErrorsTests.FailingPage.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ PageErrorsTests.FailingPage.class, PageErrorsTests.FailingApi.class, PageMessages.class })
class PageErrorsTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Actors actors;

	@MockitoBean
	DefaultBureauPassword defaultPassword;

	@Test
	void everyFailureOfAPageIsTheChineseErrorPageWithItsStatus() throws Exception {
		assertPage(page("/failing/refusal"), 409, "与现有数据冲突");
		assertThat(page("/failing/refusal").getContentAsString()).contains("原因：", "这个产品代码已被使用");
		assertPage(page("/failing/unexpected"), 500, "出错了");
		assertThat(page("/failing/unexpected").getContentAsString()).doesNotContain("IllegalStateException",
				"the database is on fire");
		assertPage(page("/failing/year?year=abc"), 400, "请求有误");
		assertPage(page("/failing/year"), 400, "请求有误");
	}

	@Test
	void theSameFailuresOfTheApiAreProblems() throws Exception {
		assertProblem(api("/api/failing/refusal"), 409);
		assertProblem(api("/api/failing/unexpected"), 500);
		assertProblem(api("/api/failing/year?year=abc"), 400);
		assertProblem(api("/api/failing/year"), 400);
	}

	private MockHttpServletResponse page(String path) throws Exception {
		return mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
	}

	private MockHttpServletResponse api(String path) throws Exception {
		return mvc.perform(get(path).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)).andReturn().getResponse();
	}

	private static void assertPage(MockHttpServletResponse answer, int status, String title) throws Exception {
		assertThat(answer.getStatus()).isEqualTo(status);
		assertThat(answer.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
		assertThat(answer.getContentAsString()).contains("lang=\"zh-CN\"", "id=\"error-title\"", title,
				"错误代码 " + status);
	}

	private static void assertProblem(MockHttpServletResponse answer, int status) throws Exception {
		assertThat(answer.getStatus()).isEqualTo(status);
		assertThat(answer.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(answer.getContentAsString()).contains("urn:saihan-trace:problem:").doesNotContain("on fire");
	}

	@Controller
	static class FailingPage {

		@GetMapping("/failing/refusal")
		String refusal() {
			throw ProductRefusal.CODE_TAKEN.conflict("code", "SH-OYSTER");
		}

		@GetMapping("/failing/unexpected")
		String unexpected() {
			throw new IllegalStateException("the database is on fire");
		}

		@GetMapping("/failing/year")
		String year(@RequestParam int year) {
			return "home";
		}
	}

	@RestController
	static class FailingApi {

		@GetMapping("/api/failing/refusal")
		String refusal() {
			throw ProductRefusal.CODE_TAKEN.conflict("code", "SH-OYSTER");
		}

		@GetMapping("/api/failing/unexpected")
		String unexpected() {
			throw new IllegalStateException("the database is on fire");
		}

		@GetMapping("/api/failing/year")
		String year(@RequestParam int year) {
			return "ok";
		}
	}
}
