/**
 * Engine settings ({@code relance.*}), the YAML field reader, configuration errors. Shared; depends on no stage.
 */
package fr.relance.support.config;
