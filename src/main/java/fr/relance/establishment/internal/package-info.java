/**
 * Readers and validators of the establishment files, with messages naming the file and
 * the key. Only {@code establishment} uses them.
 */
package fr.relance.establishment.internal;
