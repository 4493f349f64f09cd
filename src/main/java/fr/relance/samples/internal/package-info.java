/**
 * Internals of the synthetic world generator: seeded draws, fictitious name and place
 * lists, the factories that derive an establishment, a patient or an invoice from (seed,
 * indexes), and the standard writers. Public only so that {@code fr.relance.samples} can
 * reach them; no other package should.
 */
package fr.relance.samples.internal;
