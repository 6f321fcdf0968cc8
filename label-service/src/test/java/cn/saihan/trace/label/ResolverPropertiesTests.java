package cn.saihan.trace.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class ResolverPropertiesTests {

	private static ResolverProperties base(String url) {
		return new ResolverProperties(URI.create(url), 5, Duration.ofSeconds(10), 10_000);
	}

	@Test
	void aBaseOnThisMachineIsToldApartFromOnePhonesCanReach() {
		assertThat(base("http://localhost:8080").onlyThisMachine()).isTrue();
		assertThat(base("http://LOCALHOST").onlyThisMachine()).isTrue();
		assertThat(base("http://127.0.0.1:8080/trace").onlyThisMachine()).isTrue();
		assertThat(base("http://[::1]:8080").onlyThisMachine()).isTrue();
		assertThat(base("https://trace.saihan.gov.cn").onlyThisMachine()).isFalse();
		assertThat(base("http://192.168.1.20:8080").onlyThisMachine()).isFalse();
	}

	@Test
	void aBaseThatCannotPrefixALabelIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> base("ftp://trace.saihan.gov.cn"));
		assertThatIllegalArgumentException().isThrownBy(() -> base("https://trace.saihan.gov.cn/?x=1"));
	}
}
