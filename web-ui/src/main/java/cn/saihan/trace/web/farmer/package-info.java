/**
 * A producer's pages: its lots with what each counts as certified, registering a lot, and a lot's
 * event timeline with the form that records the next event. A farmer sees only its own producer;
 * the bureau reaches the same pages for any producer by naming it ({@code ?producerId=}).
 * <p>
 * Extension point: the lot page includes {@code farmer/lot-labels :: labels(lot)}, the place for
 * issuing QR labels and downloading their printable sheet once labels are part of the application.
 */
package cn.saihan.trace.web.farmer;
