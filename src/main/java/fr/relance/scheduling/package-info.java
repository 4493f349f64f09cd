/**
 * The night itself: the Spring Batch job chaining the stages, the runner that starts or
 * resumes a night, the run date guard, the removal of a wrong night. Uses every stage;
 * only {@code cli} uses it.
 */
package fr.relance.scheduling;
