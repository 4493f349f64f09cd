/**
 * Inside of the NOEMIE reader: entity layouts as data
 * ({@link fr.relance.formats.noemie.internal.NoemieLayouts}), physical and logical
 * framing into entities, and the assembler that builds the transfer / lot / invoice
 * hierarchy and checks the control totals. Not for use outside
 * {@code fr.relance.formats.noemie}.
 */
package fr.relance.formats.noemie.internal;
