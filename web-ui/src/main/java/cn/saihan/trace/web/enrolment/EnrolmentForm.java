package cn.saihan.trace.web.enrolment;

import cn.saihan.trace.account.ValidPassword;
import cn.saihan.trace.account.ValidUsername;
import cn.saihan.trace.web.bureau.ProducerForm;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/**
 * A producer's enrolment, with the rules of {@code POST /api/v1/enrolments}: the producer's details
 * as the bureau registers them, a contact the bureau can call (required here), and the login the
 * producer wants.
 */
public class EnrolmentForm extends ProducerForm {

	@NotBlank
	@ValidUsername
	private String username;

	@NotBlank
	@ValidPassword
	private String password;

	private String repeatedPassword;

	/** The bureau calls before deciding. */
	@Override
	@NotBlank
	public String getContactName() {
		return super.getContactName();
	}

	@Override
	@NotBlank
	public String getContactPhone() {
		return super.getContactPhone();
	}

	/** Typing the password twice catches a typo that would lock the producer out of a login it never used. */
	@AssertTrue
	public boolean isRepeatedPasswordSame() {
		return password == null || password.equals(repeatedPassword);
	}

	/** Passwords are never sent back to the browser, not even refused ones. */
	void forgetPasswords() {
		password = null;
		repeatedPassword = null;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null || username.isBlank() ? null : username.strip();
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getRepeatedPassword() {
		return repeatedPassword;
	}

	public void setRepeatedPassword(String repeatedPassword) {
		this.repeatedPassword = repeatedPassword;
	}
}
