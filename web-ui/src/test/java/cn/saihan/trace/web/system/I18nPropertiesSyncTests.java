package cn.saihan.trace.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every page text exists in Chinese and in English, and the default file is the Chinese one: a key
 * missing from one language would show a raw key (or the other language) to a reader.
 */
class I18nPropertiesSyncTests {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	@Test
	void chineseAndEnglishHaveExactlyTheSameKeys() throws IOException {
		Properties zh = load("messages_zh_CN.properties");
		Properties en = load("messages_en.properties");
		assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys in English but not in Chinese and vice versa")
			.isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
	}

	@Test
	void theDefaultMessagesAreTheChineseOnes() throws IOException {
		assertThat(load("messages.properties")).isEqualTo(load("messages_zh_CN.properties"));
	}

	@Test
	void noTranslationIsLeftEmpty() throws IOException {
		for (String file : new String[] { "messages_zh_CN.properties", "messages_en.properties" }) {
			Properties messages = load(file);
			assertThat(messages.stringPropertyNames()).as(file)
				.allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
		}
	}

	/** Every literal key a template names (#{key}) is in the messages; computed keys are covered by the enum tests of the pages. */
	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Properties zh = load("messages_zh_CN.properties");
		Set<String> missing = new TreeSet<>();
		for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			Matcher matcher = MESSAGE_KEY.matcher(html);
			while (matcher.find()) {
				if (!zh.containsKey(matcher.group(1))) {
					missing.add(template.getFilename() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nPropertiesSyncTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
