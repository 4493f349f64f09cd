/**
 * Database side of the scheduling package: what the job repository says about the nights
 * already run. Long SQL lives in {@code .sql} files beside each class (Jdbi classpath
 * locator).
 */
package fr.relance.scheduling.internal;
