/**
 * The letter channel of the output stage: templates as data
 * ({@code jobs/letters/<step>.yml}, validated at start-up), the letter model built from
 * tonight's open parts, the A4 renderer (embedded DejaVu fonts, address in the window of
 * a DL envelope, payment page and EPC transfer QR codes), and the print batches with
 * their printer index and archived copy.
 */
package fr.relance.output.letters;
