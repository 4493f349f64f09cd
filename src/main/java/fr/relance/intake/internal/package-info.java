/**
 * The source-file registry's SQL, the scan of an {@code in/} folder and the per-file
 * judgement. Only {@code intake} uses it.
 */
package fr.relance.intake.internal;
