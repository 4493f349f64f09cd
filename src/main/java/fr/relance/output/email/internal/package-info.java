/** Implementation of the e-mail channel: its statements and the message files. */
package fr.relance.output.email.internal;
