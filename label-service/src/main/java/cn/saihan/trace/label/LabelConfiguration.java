package cn.saihan.trace.label;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.saihan.trace.label.render.CertificateRenderer;
import cn.saihan.trace.label.render.LabelSpec;
import cn.saihan.trace.label.render.MaskChooser;
import cn.saihan.trace.label.render.QrRenderer;
import cn.saihan.trace.label.render.SheetRenderer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ LabelProperties.class, ResolverProperties.class })
class LabelConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LabelConfiguration.class);

	@Bean
	SerialMinter serialMinter(LabelProperties properties) {
		if (properties.secret() != null) {
			return new SerialMinter(properties.secret().getBytes(StandardCharsets.UTF_8));
		}
		// Safe for labels already issued, which are verified by lookup; set a secret in production
		// so that serials stay derivable from it across restarts and instances.
		log.warn("trace.labels.secret is not set: serials are derived from a random secret made at start");
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return new SerialMinter(secret);
	}

	@Bean
	QrRenderer qrRenderer() {
		return new QrRenderer();
	}

	@Bean
	SheetRenderer sheetRenderer(QrRenderer qr, LabelProperties properties) {
		return new SheetRenderer(qr, LabelSpec.defaults(), properties.fontFile(), properties.fontName());
	}

	@Bean
	CertificateRenderer certificateRenderer(QrRenderer qr, LabelProperties properties) {
		return new CertificateRenderer(qr, LabelSpec.defaults(), properties.fontFile(), properties.fontName());
	}

	/** Checks each code as the PNG is served when a request names no size. */
	@Bean
	MaskChooser maskChooser(QrRenderer qr, LabelProperties properties) {
		return new MaskChooser(qr, LabelSpec.defaults().withSize(properties.defaultSizePx()));
	}
}
