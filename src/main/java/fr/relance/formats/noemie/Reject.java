package fr.relance.formats.noemie;

/**
 * A reject or signal attached to an invoice: entity {@code 290} (10-character code,
 * label) or {@code 294} (4-character code, label, level {@code F} invoice / {@code L}
 * line / {@code A} refined, part {@code O} mandatory / {@code C} complementary; both
 * blank for a {@code 290}). Codes are kept as received.
 */
public record Reject(int entity, String code, String label, char level, char part) {

}
