/**
 * Fixed-width record toolkit shared by the NOEMIE and B2 readers and writers: layouts are
 * declared once as data ({@link fr.relance.formats.fixedwidth.FieldSpec},
 * {@link fr.relance.formats.fixedwidth.RecordLayout}), then read with
 * {@link fr.relance.formats.fixedwidth.FieldReader} and written with
 * {@link fr.relance.formats.fixedwidth.RecordBuilder}, so a layout revision is a change
 * of data, never of parsing code. {@link fr.relance.formats.fixedwidth.RecordSource} cuts
 * a character stream into fixed-length records with or without line ends. Problems
 * surface as {@link fr.relance.formats.fixedwidth.FixedWidthException}, which each norm's
 * reader translates into its own format exception.
 */
package fr.relance.formats.fixedwidth;
