package cn.saihan.trace.lot;

import java.time.Instant;

/** Published inside the registering transaction, so listeners' writes commit or roll back with the lot. */
public record LotRegistered(Lot lot, String location, String recordedBy, Instant registeredAt) {
}
