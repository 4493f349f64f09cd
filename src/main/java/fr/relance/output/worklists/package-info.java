/**
 * Worklists for the establishment's staff, in its {@code out/}: the hand-over dossiers of
 * the cases given to a third party, the write-off proposals, and the cases waiting for a
 * person. The first two are emitters of dunning actions ({@code HANDOVER},
 * {@code WRITE_OFF_PROPOSAL}) through the output stage's exactly-once protocol; the
 * review list is rewritten every night from the decisions in force. Nothing medical
 * appears in them.
 */
package fr.relance.output.worklists;
