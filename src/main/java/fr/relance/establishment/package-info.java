/**
 * The establishments served, read from {@code <establishments>/<FINESS>.yml}: identity,
 * letter settings, SFTP accounts, delivery limits. Shared by every stage; uses only
 * {@code support}.
 */
package fr.relance.establishment;
