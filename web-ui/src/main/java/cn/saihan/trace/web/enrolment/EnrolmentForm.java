package cn.saihan.trace.web.enrolment;

import cn.saihan.trace.producer.ProducerService.NewProducer;
import cn.saihan.trace.producer.ProducerType;
import cn.saihan.trace.producer.ValidCreditCode;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A producer's enrolment, with the rules of {@code POST /api/v1/enrolments}: the producer's
 * registration details (a contact the bureau can call is required) and the login it wants.
 */
public class EnrolmentForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotNull
	private ProducerType type = ProducerType.COOPERATIVE;

	@ValidCreditCode
	private String creditCode;

	@NotBlank
	private String townCode;

	@Size(max = 100)
	private String village;

	@NotBlank
	@Size(max = 50)
	private String contactName;

	@NotBlank
	@Pattern(regexp = "[0-9+ -]{5,20}")
	private String contactPhone;

	@NotBlank
	@Pattern(regexp = "[A-Za-z0-9._-]{3,50}")
	private String username;

	@NotBlank
	@Size(min = 8, max = 100)
	private String password;

	private String repeatedPassword;

	/** Typing the password twice catches a typo that would lock the producer out of a login it never used. */
	@AssertTrue
	public boolean isRepeatedPasswordSame() {
		return password == null || password.equals(repeatedPassword);
	}

	NewProducer producer() {
		return new NewProducer(name.strip(), type, creditCode, townCode, village, contactName, contactPhone);
	}

	/** Passwords are never sent back to the browser, not even refused ones. */
	void forgetPasswords() {
		password = null;
		repeatedPassword = null;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ProducerType getType() {
		return type;
	}

	public void setType(ProducerType type) {
		this.type = type;
	}

	public String getCreditCode() {
		return creditCode;
	}

	/** Blank means none; letters are compared in upper case as the code is printed. */
	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode == null || creditCode.isBlank() ? null : creditCode.strip().toUpperCase();
	}

	public String getTownCode() {
		return townCode;
	}

	public void setTownCode(String townCode) {
		this.townCode = townCode;
	}

	public String getVillage() {
		return village;
	}

	public void setVillage(String village) {
		this.village = blankToNull(village);
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = blankToNull(contactName);
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = blankToNull(contactPhone);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = blankToNull(username);
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

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
