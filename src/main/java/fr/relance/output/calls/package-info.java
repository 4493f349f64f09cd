/**
 * The call channel of the output stage: the operators' call list, one spreadsheet per
 * establishment and night, highest expected value first, emitted exactly once through
 * {@link fr.relance.output.EmissionProtocol}.
 */
package fr.relance.output.calls;
