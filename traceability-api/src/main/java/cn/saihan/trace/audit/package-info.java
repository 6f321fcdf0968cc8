/**
 * The tamper-evident record: every write to lots, events, certifications and labels appends an
 * entry whose hash covers its content and the previous entry's hash, so that any later change to a
 * stored entry breaks the chain at exactly that entry. Each feature records its own writes through
 * {@code AuditTrail} (lots, events, producers, products and certifications from the announcements of
 * their writes, in their own {@code *Audit} listeners); the chain itself depends on no feature.
 */
package cn.saihan.trace.audit;
