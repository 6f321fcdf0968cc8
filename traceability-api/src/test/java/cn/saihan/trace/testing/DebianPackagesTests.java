package cn.saihan.trace.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DebianPackagesTests {

	@Test
	void aMissingProgramFailsNamingThePackageToInstall() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> DebianPackages.requireExecutable(Path.of("/no/such/zbarimg"), "zbar-tools"))
			.withMessageContaining("/no/such/zbarimg is missing")
			.withMessageContaining("apt-get install zbar-tools");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> DebianPackages.requireFile(Path.of("/no/such/font.ttc"), "fonts-wqy-microhei"))
			.withMessageContaining("fonts-wqy-microhei");
	}

	@Test
	void anInstalledProgramIsReturned() {
		Path shell = Path.of("/bin/sh");
		assertThat(DebianPackages.requireExecutable(shell, "dash")).isEqualTo(shell);
	}
}
