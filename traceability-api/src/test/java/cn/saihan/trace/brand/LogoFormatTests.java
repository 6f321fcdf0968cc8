package cn.saihan.trace.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A logo is known by its content, and an SVG that could run or fetch anything is refused. */
class LogoFormatTests {

	static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">%s</svg>";

	@Test
	void pngIsKnownByItsSignatureAndSvgByItsRootElement() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0 };
		assertThat(LogoFormat.of(png)).contains(LogoFormat.PNG);
		assertThat(LogoFormat.of(svg("<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#c00\"/>"))).contains(LogoFormat.SVG);
		assertThat(LogoFormat.of("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(LogoFormat.of("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(LogoFormat.of("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	@Test
	void aPlainSvgIsSafe() {
		assertThat(LogoFormat.unsafeInSvg(svg("<defs><linearGradient id=\"g\"/></defs>"
				+ "<rect width=\"10\" height=\"10\" fill=\"url(#g)\"/><use href=\"#g\"/><text>太平庄</text>"))).isEmpty();
	}

	@Test
	void scriptsHandlersEmbeddedDocumentsAndOutsideReferencesAreRefused() {
		assertThat(LogoFormat.unsafeInSvg(svg("<script>alert(1)</script>"))).isPresent();
		assertThat(LogoFormat.unsafeInSvg(svg("<rect onload=\"alert(1)\"/>"))).isPresent();
		assertThat(LogoFormat.unsafeInSvg(svg("<foreignObject><div/></foreignObject>"))).isPresent();
		assertThat(LogoFormat.unsafeInSvg(svg("<a href=\"javascript:alert(1)\"><rect/></a>"))).isPresent();
		assertThat(LogoFormat.unsafeInSvg(svg("<image href=\"https://example.com/x.png\"/>"))).isPresent();
		assertThat(LogoFormat.unsafeInSvg(("<svg xmlns=\"http://www.w3.org/2000/svg\" "
				+ "xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://evil/x\"/></svg>")
			.getBytes(StandardCharsets.UTF_8))).isPresent();
		assertThat(LogoFormat.unsafeInSvg(svg("<style>@import url(http://evil/x.css);</style>"))).isPresent();
		assertThat(LogoFormat.unsafeInSvg(svg("<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">x</h:script>")))
			.isPresent();
		assertThat(LogoFormat.unsafeInSvg(("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>").getBytes(StandardCharsets.UTF_8)))
			.isPresent();
	}

	private static byte[] svg(String body) {
		return SVG.formatted(body).getBytes(StandardCharsets.UTF_8);
	}
}
