/**
 * A producer's pages: its lots with what each counts as certified, registering a lot, and a lot's
 * event timeline with the form that records the next event. A farmer sees only its own producer;
 * the bureau reaches the same pages for any producer by naming it ({@code ?producerId=}).
 * <p>
 * The lot page includes {@code farmer/lot-labels :: labels(lot)}: issuing QR labels and
 * downloading their printable sheet ({@link cn.saihan.trace.web.farmer.LotLabelsPageController}).
 */
package cn.saihan.trace.web.farmer;
