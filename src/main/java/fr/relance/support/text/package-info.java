/** Text helpers shared by every stage: making outside text safe to print. */
package fr.relance.support.text;
