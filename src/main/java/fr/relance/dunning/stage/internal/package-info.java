/**
 * Database side of the dunning stage: the night's working tables, the set-based snapshot
 * query and its row mapper, the COPY of the night's decisions, the set-based statements
 * that record them (actions, passed-over steps, suppressions, decisions, closed cases),
 * the calibration counts, the CSV exports, and the statements that forget a night run
 * with a wrong date. Long SQL lives in {@code .sql} files beside each class (Jdbi
 * classpath locator).
 */
package fr.relance.dunning.stage.internal;
