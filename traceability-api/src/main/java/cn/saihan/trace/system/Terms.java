package cn.saihan.trace.system;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Arguments of a refusal that a page translates too, such as a certificate type: the page's
 * messages name them under a prefix ({@code certType.GREEN}); the API shows the English default.
 */
public final class Terms {

	private Terms() {
	}

	/** An enum value shown as {@code prefix + name} on pages and by its name in the API. */
	public static MessageSourceResolvable of(String prefix, Enum<?> value) {
		return of(prefix + value.name(), value.name());
	}

	public static MessageSourceResolvable of(String code, String english) {
		return new DefaultMessageSourceResolvable(new String[] { code }, english);
	}
}
