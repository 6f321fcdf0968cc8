package cn.saihan.trace.producer;

/**
 * A phone number as the public may read it. An individual farmer's mobile is personal
 * information (PIPL): public pages and answers show it masked, {@code 138****1234}, enough to
 * recognise it on the printed 承诺达标合格证 but not to harvest numbers. Cooperatives', family farms'
 * and enterprises' numbers are business contacts and shown as they are.
 */
public final class ContactPhone {

	private ContactPhone() {
	}

	/** The first three and last four digits, the rest as {@code ****}; a short number keeps its last two. */
	public static String masked(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[^0-9]", "");
		if (digits.length() >= 8) {
			return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
		}
		return "****" + digits.substring(Math.max(0, digits.length() - 2));
	}

	/** What the public reads of a producer's phone. */
	public static String publicOf(Producer producer) {
		return producer.getType() == ProducerType.INDIVIDUAL ? masked(producer.getContactPhone())
				: producer.getContactPhone();
	}
}
