/**
 * Files that say a patient's contact data does not work: letters returned by the post
 * (NPAI), keyed by the letter's reference, and the SMS gateway's STOP list. They feed the
 * dunning gates (an address a letter came back from, a number that answered STOP) so that
 * no action is decided that could not reach the patient. Formats in
 * {@code docs/formats.md}; the readers and their statements are in {@code internal}.
 */
package fr.relance.ingest.contacts;
