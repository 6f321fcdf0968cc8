package cn.saihan.trace.transformation;

import java.util.Collection;

/**
 * How many times the labels of recalled lots were scanned since the recall: what a recall report says
 * of its effectiveness (consumers still looking at recalled food). The labels module answers it; the
 * registry alone, without labels, has none to count.
 */
public interface RecallScans {

	/** Scans since the recall of each of these lots' labels, and how many of their labels were scanned. */
	SinceRecall of(Collection<String> lotCodes);

	/**
	 * @param scans scans counted after the recall (of different phones, as a label's count is)
	 * @param labels labels scanned at least once after the recall
	 */
	record SinceRecall(long scans, long labels) {
	}
}
