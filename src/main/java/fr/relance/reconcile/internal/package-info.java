/**
 * The matching rules and their SQL. Only {@code reconcile} uses it.
 */
package fr.relance.reconcile.internal;
