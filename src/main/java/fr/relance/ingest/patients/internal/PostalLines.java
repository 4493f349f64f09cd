package fr.relance.ingest.patients.internal;

/** A postal address as PID-11 sends it: street, other designation, postcode and city. */
record PostalLines(String line1, String line2, String postcode, String city) {
}
