package cn.saihan.trace.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

import cn.saihan.trace.certification.CertificationStatus;
import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.event.TraceEventType;
import cn.saihan.trace.indicator.DenominatorBasis;
import cn.saihan.trace.indicator.Trend;
import cn.saihan.trace.label.render.LabelStock;
import cn.saihan.trace.lot.ComplianceBasis;
import cn.saihan.trace.producer.ProducerType;
import cn.saihan.trace.product.ProductCategory;
import cn.saihan.trace.resolver.Verdict;

/** Pages never show an enum's name: every value the domain can hold has a text in the messages. */
class DisplayedEnumsTests {

	@Test
	void everyDomainValueShownOnAPageHasAText() throws IOException {
		Properties zh = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages_zh_CN.properties")) {
			zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		check(zh, "certType.", CertificationType.values());
		check(zh, "certification.shape.", CertificationType.values());
		check(zh, "status.", CertificationStatus.values());
		check(zh, "eventType.", TraceEventType.values());
		check(zh, "basis.", ComplianceBasis.values());
		check(zh, "producerType.", ProducerType.values());
		check(zh, "category.", ProductCategory.values());
		check(zh, "verdict.", Verdict.values());
		check(zh, "trend.", Trend.values());
		check(zh, "basis12.", DenominatorBasis.values());
		check(zh, "jobStatus.", BatchStatus.values());
		check(zh, "labelStock.", LabelStock.values());
	}

	/** Files without a page to translate them name certificate types as the pages do in Chinese. */
	@Test
	void certificateTypesAreNamedInFilesAsOnChinesePages() throws IOException {
		Properties zh = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages_zh_CN.properties")) {
			zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (CertificationType type : CertificationType.values()) {
			assertThat(type.nameZh()).as(type.name()).isEqualTo(zh.getProperty("certType." + type.name()));
		}
	}

	private static void check(Properties messages, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			assertThat(messages).as(prefix + value.name()).containsKey(prefix + value.name());
		}
	}
}
