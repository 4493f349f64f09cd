/** The worklists' database statements and the dossier PDF. */
package fr.relance.output.worklists.internal;
