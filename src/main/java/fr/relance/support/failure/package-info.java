/**
 * What a failure means for ops, in one sentence: a frozen or overloaded database, a full
 * disk. The command line and the night's outcome print it instead of the exception's own
 * text.
 */
package fr.relance.support.failure;
