package cn.saihan.trace.account;

import cn.saihan.trace.system.Refusal;

/** Why a login or a password change is refused; pages translate the codes. */
public enum AccountRefusal implements Refusal {

	USERNAME_TAKEN("The user name {0} is taken"),
	BUREAU_PASSWORD_IS_CONFIGURATION("The bureau's password is configuration (trace.bureau.password); change it there"),
	NO_ACCOUNT("No account {0}"),
	WRONG_CURRENT_PASSWORD("is not the current password");

	private final String english;

	AccountRefusal(String english) {
		this.english = english;
	}

	@Override
	public String english() {
		return english;
	}
}
