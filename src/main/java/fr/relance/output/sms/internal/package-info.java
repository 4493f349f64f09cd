/** Implementation of the SMS channel: its statements. */
package fr.relance.output.sms.internal;
