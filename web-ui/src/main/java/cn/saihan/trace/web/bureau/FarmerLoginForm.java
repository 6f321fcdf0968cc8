package cn.saihan.trace.web.bureau;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A producer's login, given by the bureau; the same rules as {@code POST /api/v1/producers/{id}/account}. */
public class FarmerLoginForm {

	@NotBlank
	@Pattern(regexp = "[A-Za-z0-9._-]{3,50}")
	private String username;

	@NotBlank
	@Size(min = 8, max = 100)
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
