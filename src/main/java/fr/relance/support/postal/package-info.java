/**
 * Postal addresses as La Poste reads them: the one normaliser that both the dunning gate
 * (may this case get a letter?) and the letter renderer (what goes in the envelope
 * window) use, so a case the gate accepts always renders.
 */
package fr.relance.support.postal;
