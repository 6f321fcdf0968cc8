/**
 * The tamper-evident record: every write to lots, events, certifications and labels appends an
 * entry whose hash covers its content and the previous entry's hash, so that any later change to a
 * stored entry breaks the chain at exactly that entry.
 */
package cn.saihan.trace.audit;
