package cn.saihan.trace.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a user name that decides whether two names are the same login: Unicode NFKC (full-
 * width and compatibility letters become plain ones), then case-folded. {@code Farmer1} is
 * {@code farmer1}, {@code ＢＵＲＥＡＵ} is {@code bureau}: one may not be taken beside the other.
 */
public final class UsernameKey {

	private UsernameKey() {
	}

	public static String of(String username) {
		// Upper then lower folds the few letters whose lower case alone is not their fold (e.g. 'ſ').
		return Normalizer.normalize(username, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
	}
}
