package fr.relance.formats.noemie;

/**
 * What the NOEMIE reader emits, in file order: one {@link NoemieHeader} first, then
 * {@link InvoiceReturn}, {@link Retention}, {@link TransferClosed} and
 * {@link UnknownEntity} as the body is read, one {@link NoemieTrailer} last (only once
 * every control total has been checked).
 */
public sealed interface NoemieEvent
		permits NoemieHeader, InvoiceReturn, Retention, TransferClosed, UnknownEntity, NoemieTrailer {

}
