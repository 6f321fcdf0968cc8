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

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.account.DefaultBureauPassword;
import cn.saihan.trace.product.ProductRefusal;

/**
 * A page controller's failure of every kind is the error page in the reader's language with the
 * failure's status, never the API's problem. The controller here fails on purpose; the real pages
 * and the API's problems are in {@code ErrorAnswersIntegrationTests}.
 */
@WebMvcTest(controllers = PageErrorsTests.FailingPage.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ PageErrorsTests.FailingPage.class, PageMessages.class })
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

	private MockHttpServletResponse page(String path) throws Exception {
		return mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
	}

	private static void assertPage(MockHttpServletResponse answer, int status, String title) throws Exception {
		assertThat(answer.getStatus()).isEqualTo(status);
		assertThat(answer.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
		assertThat(answer.getContentAsString()).contains("lang=\"zh-CN\"", "id=\"error-title\"", title,
				"错误代码 " + status);
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
}
