/**
 * Inside of the B2 reader: record layouts as data
 * ({@link fr.relance.formats.b2.internal.B2Layouts}), record classification, and the
 * assembler that groups records into lots and invoices and runs the checks. Not for use
 * outside {@code fr.relance.formats.b2}.
 */
package fr.relance.formats.b2.internal;
