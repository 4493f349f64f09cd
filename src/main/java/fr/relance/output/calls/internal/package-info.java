/** Implementation of the call list: its statements. */
package fr.relance.output.calls.internal;
