package cn.saihan.trace.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.saihan.trace.certification.CertificationStatus;
import cn.saihan.trace.certification.CertificationType;
import cn.saihan.trace.event.EventDetails;
import cn.saihan.trace.event.Recorder;
import cn.saihan.trace.event.TraceEventType;
import cn.saihan.trace.event.TraceEventView;
import cn.saihan.trace.lot.ComplianceBasis;
import cn.saihan.trace.lot.LotStatus;
import cn.saihan.trace.lot.LotView.ComplianceCertificate;
import cn.saihan.trace.resolver.ConsumerView.CertificationStanding;
import cn.saihan.trace.resolver.ConsumerView.LotSummary;
import cn.saihan.trace.resolver.ConsumerView.ProducerView;
import cn.saihan.trace.resolver.ConsumerView.ProductView;
import cn.saihan.trace.resolver.ConsumerView.ScanView;

class ConsumerPageTests {

	static final OffsetDateTime FIRST_SCAN = OffsetDateTime.parse("2025-08-01T09:30:00+08:00");

	@Test
	void showsTheLotInChineseWithBothCertificationStatuses() {
		String page = ConsumerPage.render(view(Verdict.GENUINE, "太平庄番茄专业合作社", 1));

		assertThat(page).contains("<html lang=\"zh-CN\">", "✔ 正品", "太平庄番茄", "榆林镇 东干丈村", "采收日期：2025-07-18",
				"1200 公斤", "绿色食品 LB-15-2401050001A：有效 / 已过期",
				"2024-06-01 起撤销，原因：抽检农药残留超标", "自我承诺", "检测", "合格",
				"已有 1 部不同的手机扫描过本标签", "（检测机构）");
	}

	@Test
	void aLabelScannedManyTimesSaysWhenItWasFirstScannedAndHowOften() {
		String page = ConsumerPage.render(view(Verdict.SCANNED_BEFORE, "合作社", 17));

		assertThat(page).contains("data-verdict=\"SCANNED_BEFORE\"", "首次扫描于 2025-08-01 09:30，共 17 部不同的手机", "复制");
	}

	@Test
	void escapesWhatProducersTypedIn() {
		String page = ConsumerPage.render(view(Verdict.GENUINE, "<script>alert(1)</script>", 1));

		assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;");
	}

	@Test
	void anEventStoredWithDetailsThatDoNotFitIsShownWithTheOddValueAsText() {
		ConsumerView view = view(Verdict.GENUINE, "合作社", 1);
		List<TraceEventView> odd = List.of(
				event(TraceEventType.INSPECTED, new EventDetails.Inspected(null, "MAYBE", List.of("农药残留"))),
				event(TraceEventType.INSPECTED, new EventDetails.Unreadable("{not json")));
		String page = ConsumerPage.render(new ConsumerView(view.authentic(), view.verdict(), view.uri(), view.scan(),
				view.product(), view.producer(), view.lot(), view.certifications(), view.complianceCertificate(), odd, null, null, null));

		assertThat(page).contains("检测 · 呼和浩特市农产品质量检测中心 · MAYBE（检测机构）</li>");
	}

	@Test
	void aCodeThatIsNotGenuineShowsNothingButTheVerdict() {
		String page = ConsumerPage.render(ConsumerView.notGenuine());

		assertThat(page).contains("data-verdict=\"NOT_GENUINE\"", "无法验证").doesNotContain("<h2>");
	}

	static ConsumerView view(Verdict verdict, String producerName, long scans) {
		return new ConsumerView(true, verdict, "http://localhost:8080/01/06901234000016/10/TPZ-1/21/7K3FQ9XM2B4TD",
				new ScanView(scans, FIRST_SCAN, true), new ProductView("TPZ-TOMATO", "太平庄番茄", "Taipingzhuang tomato",
						"06901234000016"),
				new ProducerView(1L, producerName, "yulin", "榆林镇", "东干丈村"),
				new LotSummary("TPZ-1", LocalDate.of(2025, 7, 18), new BigDecimal("1200.000"), "东干丈村", null,
						List.of(CertificationType.GREEN), java.util.Map.of(CertificationType.GREEN, new BigDecimal("1200.000")),
						java.util.Map.of()),
				List.of(new CertificationStanding(CertificationType.GREEN, "LB-15-2401050001A", "中国绿色食品发展中心",
						LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), CertificationStatus.VALID,
						CertificationStatus.EXPIRED, null, null),
						new CertificationStanding(CertificationType.GREEN, "LB-15-2302050002A", "中国绿色食品发展中心",
								LocalDate.of(2023, 2, 1), LocalDate.of(2026, 1, 31), CertificationStatus.REVOKED,
								CertificationStatus.REVOKED, LocalDate.of(2024, 6, 1), "抽检农药残留超标")),
				new ComplianceCertificate("太平庄番茄", new BigDecimal("1200.000"), producerName, "榆林镇 东干丈村",
						"13800000000", LocalDate.of(2025, 7, 18), List.of("RESIDUES_WITHIN_LIMITS"),
						ComplianceBasis.SELF_COMMITMENT),
				List.of(event(TraceEventType.INSPECTED,
						new EventDetails.Inspected("呼和浩特市农产品质量检测中心", "PASS", List.of("农药残留")))),
				LotStatus.ACTIVE, null, null);
	}

	static TraceEventView event(TraceEventType type, EventDetails details) {
		return new TraceEventView(2L, type, type.bizStep(), OffsetDateTime.parse("2025-07-19T10:00:00+08:00"),
				"呼和浩特市农产品质量检测中心", details, null, "bureau", Instant.parse("2025-07-19T02:00:00Z"), Recorder.LAB,
				null);
	}
}
