package fr.relance.samples;

/** A French postal address; {@code line2} is empty when there is none. */
public record SampleAddress(String line1, String line2, String postcode, String city) {
}
