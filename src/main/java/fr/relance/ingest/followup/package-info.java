/**
 * Follow-up files: what an establishment's staff know about a patient's debt that no
 * ledger or remittance says — contacts made outside the engine's scenario, calls the
 * patient refused, instalment plans (échéanciers) agreed and ended. They feed the dunning
 * gates "contact in the last N days" and "payment plan in good standing". The format is
 * fixed (no per-establishment profile) and documented in {@code samples/suivi/README.md}.
 */
package fr.relance.ingest.followup;
