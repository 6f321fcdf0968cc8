package cn.saihan.trace.web.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import cn.saihan.trace.account.Actors;
import cn.saihan.trace.account.DefaultBureauPassword;
import cn.saihan.trace.gs1.Gtin;
import cn.saihan.trace.product.Product;
import cn.saihan.trace.product.ProductCategory;
import cn.saihan.trace.product.ProductRefusal;
import cn.saihan.trace.product.ProductService;
import cn.saihan.trace.web.system.PageMessages;

/**
 * The catalogue's form without a server: what it binds, how a refusal of the domain comes back next
 * to its field in Chinese with what was typed, and where a success goes. Who may add a product and
 * that the registry refuses a taken code are the API's tests ({@code CatalogIntegrationTests}); the
 * whole way through a browser is {@code PagesIntegrationTests}.
 */
@WebMvcTest(controllers = ProductPageController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(PageMessages.class)
class ProductPageControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProductService products;

	@MockitoBean
	Actors actors;

	@MockitoBean
	DefaultBureauPassword defaultPassword;

	@Test
	void aGtinWithAWrongCheckDigitIsShownAgainWithWhatWasTypedAndNothingIsAdded() throws Exception {
		given(products.catalogue()).willReturn(List.of());

		String page = mvc.perform(post("/bureau/products").param("code", "sh-oyster").param("nameZh", "赛罕平菇")
				.param("category", "VEGETABLE").param("gtin", "12345678"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("GTIN 不正确", "value=\"赛罕平菇\"", "value=\"SH-OYSTER\"");
		verify(products, never()).add(any());
	}

	@Test
	void aCodeTheRegistryRefusesIsNamedNextToItsFieldInChinese() throws Exception {
		given(products.catalogue()).willReturn(List.of());
		given(products.add(any())).willThrow(ProductRefusal.CODE_TAKEN.conflict("code", "SH-OYSTER"));

		String page = mvc.perform(post("/bureau/products").param("code", "SH-OYSTER").param("nameZh", "赛罕平菇")
				.param("category", "VEGETABLE"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("这个产品代码已被使用", "value=\"赛罕平菇\"");
	}

	@Test
	void anAddedProductRedirectsToTheCatalogueWithANotice() throws Exception {
		given(products.add(any())).willReturn(
				new Product("SH-OYSTER", "赛罕平菇", null, ProductCategory.VEGETABLE, Gtin.withCheckDigit("0690123400001")));

		mvc.perform(post("/bureau/products").param("code", "SH-OYSTER").param("nameZh", "赛罕平菇")
				.param("category", "VEGETABLE"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/bureau/products"))
			.andExpect(flash().attribute("notice", "products.added"))
			.andExpect(flash().attribute("addedCode", "SH-OYSTER"));
	}
}
