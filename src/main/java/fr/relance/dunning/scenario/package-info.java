/**
 * Dunning scenarios as data: the ladder of steps read from {@code jobs/scenarios/*.yml},
 * each step with its delay, channel, unit cost (as summed components), minimum balance
 * and recovery-uplift priors per amount band.
 * {@link fr.relance.dunning.scenario.ScenarioLoader} binds and validates a file; errors
 * name the file and the key. Nothing here reads a database or a clock.
 */
package fr.relance.dunning.scenario;
