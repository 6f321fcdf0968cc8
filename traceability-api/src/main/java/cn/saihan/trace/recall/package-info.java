/**
 * Holds and recalls: a lot's sale suspended while something is checked (a failed inspection holds it
 * at once), lifted by the bureau, or the lot recalled for good; each covers the lot and every lot made
 * from it, and each change is dated, audited and a trace event.
 */
package cn.saihan.trace.recall;
