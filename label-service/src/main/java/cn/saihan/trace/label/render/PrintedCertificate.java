package cn.saihan.trace.label.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A lot's compliance certificate (承诺达标合格证) as printed. Commitments and bases are codes; the
 * form prints their national wording.
 *
 * @param productName the product's name
 * @param quantityKg the lot's quantity (weight) in kilograms
 * @param producerName who grew it and answers for the commitment
 * @param origin where it was grown (产地), in words: town and village
 * @param contact how to reach the producer, or {@code null}
 * @param issuedOn when the certificate was issued
 * @param lotCode the lot the certificate goes with
 * @param commitments the commitments made, all ticked
 * @param bases every basis the form offers, in the form's order
 * @param basis the basis of this lot's commitment, ticked among {@code bases}; {@code null} if none
 * @param uri the lot's Digital Link, printed as a QR code for the electronic certificate
 * @param mask the mask pattern of that code
 */
public record PrintedCertificate(String productName, BigDecimal quantityKg, String producerName, String origin,
		String contact, LocalDate issuedOn, String lotCode, List<String> commitments, List<String> bases, String basis,
		String uri, int mask) {
}
