/** The readers of returned-mail and STOP files and the statements that record them. */
package fr.relance.ingest.contacts.internal;
