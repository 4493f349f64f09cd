/**
 * How the retention stage finds the files of each kind in the drop zone and the outputs,
 * and the statements that find and erase the patients of closed cases
 * ({@link fr.relance.retention.internal.ClosedCaseDao}).
 */
package fr.relance.retention.internal;
