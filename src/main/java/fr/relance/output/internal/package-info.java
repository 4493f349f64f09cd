/** Implementation of the output stage: its statements and the crash-safe file writes. */
package fr.relance.output.internal;
