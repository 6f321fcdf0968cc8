package cn.saihan.trace.certification;

/** Published inside the revoking transaction. */
public record CertificationRevoked(Certification certification) {
}
