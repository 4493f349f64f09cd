package fr.relance.formats.b2;

/**
 * What the B2 reader emits, in file order: {@link B2Header}, then per lot a
 * {@link B2Lot}, its {@link B2Invoice}s and a {@link B2LotEnd}, with
 * {@link B2OtherRecord}s for records outside any invoice that the reader does not
 * interpret, and a {@link B2Trailer} last.
 */
public sealed interface B2Event permits B2Header, B2Lot, B2Invoice, B2LotEnd, B2OtherRecord, B2Trailer {

}
