/**
 * The patient administration feed: HL7 v2.5 ADT messages (French IHE PAM use) that
 * establishments drop as files, read with HAPI. They keep patients' contact data fresh
 * between ledgers (address, landline, mobile, e-mail), tell the engine a patient died,
 * and merge two records of one person (A40). A patient is found only by the identifier of
 * the establishment's own assigning authority in PID-3; the other repetitions (the
 * national INS/NIR) are never read. Implementation in {@code internal}.
 */
package fr.relance.ingest.patients;
