package fr.relance.formats.noemie;

import java.time.LocalDate;

/**
 * A lot of returns (entity {@code 080}) with the type of return of the last {@code 081}
 * ({@code 01} electronic invoices, {@code 02} paper, {@code 03} lump sums, {@code 04}
 * recalls, {@code 05} retentions; blank if none).
 */
public record Lot(String number, String creationDateRaw, LocalDate creationDate, String returnType) {

}
