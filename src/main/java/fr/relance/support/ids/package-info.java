/**
 * Identifiers and how to show them: FINESS, IBAN, French phone numbers, masking of
 * sensitive values for logs and reports. Shared; depends on no stage.
 */
package fr.relance.support.ids;
