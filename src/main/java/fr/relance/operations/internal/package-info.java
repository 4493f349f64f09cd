/** File-system details of the operations package: reading run summaries and reason files. */
package fr.relance.operations.internal;
