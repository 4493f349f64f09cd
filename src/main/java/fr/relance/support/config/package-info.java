/**
 * Engine settings ({@code relance.*}), the one reader of YAML configuration files
 * ({@code YamlDocument}, {@code YamlMap}), configuration errors. Shared; depends on no
 * stage.
 */
package fr.relance.support.config;
