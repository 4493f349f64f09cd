/**
 * Amounts in euros as {@code BigDecimal}, parsed and formatted the French way. Shared;
 * depends on no stage.
 */
package fr.relance.support.money;
