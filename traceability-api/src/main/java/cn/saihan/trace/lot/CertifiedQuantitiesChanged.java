package cn.saihan.trace.lot;

import java.util.List;

/**
 * Published inside the transaction in which a certification of a producer was registered or revoked,
 * once that producer's lots have been allocated again: lots made from them, and the producer's own
 * transformed lots (whose certification also depends on what the producer holds), must follow.
 *
 * @param producerId the producer whose certifications changed
 * @param lotIds its harvest lots that were allocated again, in the order they were registered
 */
public record CertifiedQuantitiesChanged(long producerId, List<Long> lotIds) {
}
