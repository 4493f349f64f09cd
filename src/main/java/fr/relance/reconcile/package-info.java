/**
 * The reconcile stage: payer returns onto payer parts, patient payments onto patient
 * parts, suspense and unmatched items reported. Uses the earlier stages' public types,
 * {@code establishment} and {@code support}.
 */
package fr.relance.reconcile;
