package cn.saihan.trace.web.account;

import cn.saihan.trace.account.ValidPassword;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/** A new password, typed twice, and the current one; the same length rule as {@code PUT /api/v1/account/password}. */
public class PasswordForm {

	@NotBlank
	private String currentPassword;

	@NotBlank
	@ValidPassword
	private String newPassword;

	private String repeatedPassword;

	/** Typing the new password twice catches a typo that would otherwise lock the farmer out. */
	@AssertTrue
	public boolean isRepeatedPasswordSame() {
		return newPassword == null || newPassword.equals(repeatedPassword);
	}

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getRepeatedPassword() {
		return repeatedPassword;
	}

	public void setRepeatedPassword(String repeatedPassword) {
		this.repeatedPassword = repeatedPassword;
	}

	/** Passwords are never sent back to the browser, not even refused ones. */
	void forget() {
		currentPassword = null;
		newPassword = null;
		repeatedPassword = null;
	}
}
