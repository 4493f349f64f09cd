package fr.relance.samples;

/** A French postal address; {@code line2} is empty when there is none. */
public record PostalAddress(String line1, String line2, String postcode, String city) {
}
