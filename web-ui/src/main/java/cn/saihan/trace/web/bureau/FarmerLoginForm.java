package cn.saihan.trace.web.bureau;

import cn.saihan.trace.account.ValidPassword;
import cn.saihan.trace.account.ValidUsername;
import jakarta.validation.constraints.NotBlank;

/** A producer's login, given by the bureau; the same rules as {@code POST /api/v1/producers/{id}/account}. */
public class FarmerLoginForm {

	@NotBlank
	@ValidUsername
	private String username;

	@NotBlank
	@ValidPassword
	private String password;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.strip();
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
