package fr.relance.formats.noemie.internal;

import fr.relance.formats.noemie.NoemieLevel;

/** Count and sum a {@code 990} closing {@code level} must state. */
public record ControlTotals(NoemieLevel level, long count, long sumCents) {

}
