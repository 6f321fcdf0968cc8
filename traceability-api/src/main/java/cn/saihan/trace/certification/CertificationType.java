package cn.saihan.trace.certification;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The four certifications of "Three Products One Label" and the national catalogue of famous,
 * special, excellent and new products, with the national shape of their certificate numbers and the
 * longest validity each may have. The shapes follow the project's
 * format notes; where those are uncertain the pattern accepts the documented shapes and rejects
 * what is clearly malformed, and this enum is the one place to correct them.
 */
public enum CertificationType {

	/** 绿色食品: product licence {@code LB-XX-YYMMPPSSSS[S]A|AA}, valid for at most 3 years. */
	GREEN("绿色食品", "LB-\\d{2}-\\d{2}(0[1-9]|1[0-2])\\d{2}\\d{4,5}A{1,2}",
			"LB-XX-YYMMPPSSSS[S]A or …AA (category, year, month, province, 4–5 digit serial, grade), e.g. LB-15-1711196965A",
			Period.ofYears(3)),

	/** 有机产品: numbers vary by certification body; valid for at most 1 year. */
	ORGANIC("有机产品", "[A-Z0-9-]{6,40}",
			"6 to 40 characters of A-Z, 0-9 and '-', as issued by the certification body", Period.ofYears(1)),

	/** 农产品地理标志: registration {@code AGI}+5 digits (or the AGIyyyy-nn-nnn form); long-term. */
	GI("农产品地理标志", "AGI\\d{5}|AGI\\d{4}-\\d{2}-\\d{3,5}",
			"AGI followed by 5 digits, e.g. AGI01234 (or AGI2012-02-869)", null),

	/** 无公害农产品: stopped in 2018, kept for the years it was valid; numbers vary. */
	POLLUTION_FREE("无公害农产品", "[A-Z0-9-]{4,40}", "4 to 40 characters of A-Z, 0-9 and '-'", null),

	/**
	 * 全国名特优新农产品: an entry {@code CAQS-MTYX-}+8 digits in the national catalogue, for at most
	 * 3 years. Not one of 三品一标, but counted by the plan's appendix wording of indicator 12.
	 */
	MINGTEYOUXIN("全国名特优新农产品", "CAQS-MTYX-\\d{8}", "CAQS-MTYX- followed by 8 digits, e.g. CAQS-MTYX-20230145",
			Period.ofYears(3));

	private final String nameZh;

	private final Pattern numberPattern;

	private final String numberShape;

	private final Period longestValidity;

	CertificationType(String nameZh, String numberPattern, String numberShape, Period longestValidity) {
		this.nameZh = nameZh;
		this.numberPattern = Pattern.compile(numberPattern);
		this.numberShape = numberShape;
		this.longestValidity = longestValidity;
	}

	/**
	 * The type's official name, as certificates and the national registers print it: for files that
	 * people read without a page to translate them (exports, spreadsheets). Pages use their messages.
	 */
	public String nameZh() {
		return nameZh;
	}

	public boolean acceptsNumber(String certificateNo) {
		return certificateNo != null && numberPattern.matcher(certificateNo).matches();
	}

	/** The expected shape of a certificate number, for the message that refuses a wrong one. */
	public String numberShape() {
		return numberShape;
	}

	/** One of the four types of 三品一标 ("Three Products One Label"), which the plan's 三品一标 share counts. */
	public boolean sanpin() {
		return this != MINGTEYOUXIN;
	}

	/** Only a geographical indication is long-term and may have no end date. */
	public boolean mayBeOpenEnded() {
		return this == GI;
	}

	/**
	 * The last day a certification starting on {@code validFrom} may still be valid (dates are
	 * inclusive, so a one-year certificate from 2025-03-15 ends 2026-03-14), or empty when unbounded.
	 */
	public Optional<LocalDate> latestValidTo(LocalDate validFrom) {
		return Optional.ofNullable(longestValidity).map(period -> validFrom.plus(period).minusDays(1));
	}
}
