/**
 * The SMS channel of the output stage: templates in the GSM-7 alphabet checked against
 * the segment cap at start-up, the sending time (with the catch-up rule), and one gateway
 * batch file per establishment and night, emitted exactly once through
 * {@link fr.relance.output.EmissionProtocol}.
 */
package fr.relance.output.sms;
