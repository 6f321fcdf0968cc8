package cn.saihan.trace.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import cn.saihan.trace.system.Refusal;

/**
 * Every refusal the domain can give has its Chinese text, with the same arguments as its English
 * one, and the Chinese file names no refusal that no longer exists.
 */
class RefusalMessagesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

	@Test
	void everyRefusalHasAChineseTextWithArgumentsItHas() throws Exception {
		Properties zh = load("/refusals_zh_CN.properties");
		List<Refusal> refusals = refusals();
		assertThat(refusals).as("refusal enums found on the class path").hasSizeGreaterThan(30);
		Set<String> codes = new TreeSet<>();
		for (Refusal refusal : refusals) {
			codes.add(refusal.code());
			assertThat(zh).as(refusal.code()).containsKey(refusal.code());
			assertThat(placeholders(zh.getProperty(refusal.code()))).as("arguments of " + refusal.code())
				.isSubsetOf(placeholders(refusal.english()));
		}
		assertThat(new TreeSet<>(zh.stringPropertyNames())).as("codes no refusal has").isEqualTo(codes);
	}

	@Test
	void englishIsTheEnumsOwnText() throws IOException {
		assertThat(load("/refusals.properties")).isEmpty();
	}

	private static List<Refusal> refusals() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Refusal.class));
		List<Refusal> all = new ArrayList<>();
		for (BeanDefinition found : scanner.findCandidateComponents("cn.saihan.trace")) {
			Class<?> type = ClassUtils.forName(found.getBeanClassName(), RefusalMessagesTests.class.getClassLoader());
			if (type.isEnum()) {
				for (Object constant : type.getEnumConstants()) {
					all.add((Refusal) constant);
				}
			}
		}
		return all;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = RefusalMessagesTests.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
