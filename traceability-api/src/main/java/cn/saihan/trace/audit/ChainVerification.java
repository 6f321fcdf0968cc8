package cn.saihan.trace.audit;

/**
 * The result of walking the audit chain.
 *
 * @param valid whether every entry is intact and linked to the one before
 * @param entries how many entries were checked
 * @param firstBrokenEntryId the first entry that does not check out, or {@code null}
 * @param reason why that entry does not check out, or {@code null}
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenEntryId, String reason) {

	static ChainVerification intact(long entries) {
		return new ChainVerification(true, entries, null, null);
	}

	static ChainVerification brokenAt(long entries, Long entryId, String reason) {
		return new ChainVerification(false, entries, entryId, reason);
	}
}
