package cn.saihan.trace.certification;

/** Published inside the registering transaction. */
public record CertificationRegistered(Certification certification) {
}
