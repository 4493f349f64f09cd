/**
 * Run dates, the engine's clock and time zone. Shared; depends on no stage.
 */
package fr.relance.support.time;
