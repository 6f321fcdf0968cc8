package cn.saihan.trace.producer;

/**
 * Who may read a producer's contact person and phone (PIPL): the bureau, and the producer's own
 * login. Everybody else reads the registry without them. Implemented where logins are known.
 */
public interface PersonalData {

	/** Whether the current reader may see the contact details of this producer. */
	boolean mayRead(long producerId);
}
