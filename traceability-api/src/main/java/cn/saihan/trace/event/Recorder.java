package cn.saihan.trace.event;

/**
 * Who recorded an event, by the role it recorded in: a consumer weighs an inspection the producer
 * typed in itself differently from one the bureau or a laboratory recorded. Taken from the login that
 * writes the event, never from what a request claims, except that the bureau may say it enters a
 * laboratory's inspection: a laboratory needs no login of its own.
 */
public enum Recorder {

	/** The producer's own login (自报). */
	PRODUCER,

	/** The bureau (监管部门). */
	BUREAU,

	/** A laboratory (检测机构), its inspection entered by the bureau on its behalf. */
	LAB
}
