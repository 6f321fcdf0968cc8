package cn.saihan.trace.web.bureau;

import cn.saihan.trace.producer.Producer;
import cn.saihan.trace.producer.ProducerService;
import cn.saihan.trace.producer.ProducerType;
import cn.saihan.trace.producer.ValidCreditCode;
import cn.saihan.trace.system.PlainText;
import cn.saihan.trace.town.KnownTown;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The producer's details, with the rules of the registry's producer request: the bureau's "add a
 * producer" form, and the first part of a producer's own enrolment.
 */
public class ProducerForm {

	@NotBlank
	@Size(max = 100)
	@PlainText
	private String name;

	@NotNull
	private ProducerType type = ProducerType.COOPERATIVE;

	@ValidCreditCode
	private String creditCode;

	@NotBlank
	@KnownTown
	private String townCode;

	@Size(max = 100)
	@PlainText
	private String village;

	@Size(max = 50)
	@PlainText
	private String contactName;

	@Pattern(regexp = "[0-9+ -]{5,20}")
	private String contactPhone;

	private String gln;

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
		this.townCode = blankToNull(townCode);
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

	public String getGln() {
		return gln;
	}

	public void setGln(String gln) {
		this.gln = blankToNull(gln);
	}

	/** The form filled with a registered producer's details, to correct them. */
	static ProducerForm of(Producer producer) {
		ProducerForm form = new ProducerForm();
		form.setName(producer.getName());
		form.setType(producer.getType());
		form.setCreditCode(producer.getCreditCode());
		form.setTownCode(producer.getTownCode());
		form.setVillage(producer.getVillage());
		form.setContactName(producer.getContactName());
		form.setContactPhone(producer.getContactPhone());
		form.setGln(producer.getGln());
		return form;
	}

	public ProducerService.NewProducer toNewProducer() {
		return new ProducerService.NewProducer(name.strip(), type, creditCode, townCode, village, contactName,
				contactPhone, gln);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
