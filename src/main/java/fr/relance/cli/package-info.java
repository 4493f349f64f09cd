/**
 * The command line ({@code ops/relance}): one class per command, options, exit codes, the
 * console. The top of the code: it may use every package; nothing uses it.
 */
package fr.relance.cli;
