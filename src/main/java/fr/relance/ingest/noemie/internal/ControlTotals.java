package fr.relance.ingest.noemie.internal;

import fr.relance.ingest.noemie.NoemieLevel;

/** Count and sum a {@code 990} closing {@code level} must state. */
public record ControlTotals(NoemieLevel level, long count, long sumCents) {

}
