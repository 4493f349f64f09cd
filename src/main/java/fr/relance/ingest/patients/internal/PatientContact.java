package fr.relance.ingest.patients.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A patient's contact fields as stored, each group with its source and the time of its
 * value ({@code asOf} null for a value recorded before sources were kept: older than any
 * message).
 */
public record PatientContact(long id, Long mergedInto, String externalId, String addressLine1, String addressLine2,
		String postcode, String city, String addressSource, OffsetDateTime addressAsOf, String phone,
		String phoneSource, OffsetDateTime phoneAsOf, String mobile, String mobileSource, OffsetDateTime mobileAsOf,
		String email, String emailSource, OffsetDateTime emailAsOf, boolean deceased, LocalDate deceasedOn,
		String deceasedSource, OffsetDateTime deceasedAsOf) {

	static final String ADT = "adt";

	/**
	 * This patient as the message leaves them: each field group the message sends
	 * replaces the known one when the message is newer than it; the others stay as they
	 * are.
	 */
	PatientContact after(AdtMessage m) {
		PatientContact p = this;
		if (m.address().sent() && newer(m, addressAsOf)) {
			PostalLines a = m.address().value();
			p = new PatientContact(id, mergedInto, externalId, a == null ? null : a.line1(),
					a == null ? null : a.line2(), a == null ? null : a.postcode(), a == null ? null : a.city(), ADT,
					m.at(), p.phone, p.phoneSource, p.phoneAsOf, p.mobile, p.mobileSource, p.mobileAsOf, p.email,
					p.emailSource, p.emailAsOf, p.deceased, p.deceasedOn, p.deceasedSource, p.deceasedAsOf);
		}
		if (m.phone().sent() && newer(m, phoneAsOf)) {
			p = new PatientContact(id, mergedInto, externalId, p.addressLine1, p.addressLine2, p.postcode, p.city,
					p.addressSource, p.addressAsOf, m.phone().value(), ADT, m.at(), p.mobile, p.mobileSource,
					p.mobileAsOf, p.email, p.emailSource, p.emailAsOf, p.deceased, p.deceasedOn, p.deceasedSource,
					p.deceasedAsOf);
		}
		if (m.mobile().sent() && newer(m, mobileAsOf)) {
			p = new PatientContact(id, mergedInto, externalId, p.addressLine1, p.addressLine2, p.postcode, p.city,
					p.addressSource, p.addressAsOf, p.phone, p.phoneSource, p.phoneAsOf, m.mobile().value(), ADT,
					m.at(), p.email, p.emailSource, p.emailAsOf, p.deceased, p.deceasedOn, p.deceasedSource,
					p.deceasedAsOf);
		}
		if (m.email().sent() && newer(m, emailAsOf)) {
			p = new PatientContact(id, mergedInto, externalId, p.addressLine1, p.addressLine2, p.postcode, p.city,
					p.addressSource, p.addressAsOf, p.phone, p.phoneSource, p.phoneAsOf, p.mobile, p.mobileSource,
					p.mobileAsOf, m.email().value(), ADT, m.at(), p.deceased, p.deceasedOn, p.deceasedSource,
					p.deceasedAsOf);
		}
		if (m.deceased().sent() && newer(m, deceasedAsOf)) {
			boolean dead = Boolean.TRUE.equals(m.deceased().value());
			p = new PatientContact(id, mergedInto, externalId, p.addressLine1, p.addressLine2, p.postcode, p.city,
					p.addressSource, p.addressAsOf, p.phone, p.phoneSource, p.phoneAsOf, p.mobile, p.mobileSource,
					p.mobileAsOf, p.email, p.emailSource, p.emailAsOf, dead, dead ? m.deceasedOn() : null, ADT, m.at());
		}
		return p;
	}

	/**
	 * Strictly newer: a message of the same time as the value it would replace changes
	 * nothing.
	 */
	private static boolean newer(AdtMessage m, OffsetDateTime asOf) {
		return asOf == null || m.at().isAfter(asOf);
	}

}
