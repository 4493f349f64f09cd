/**
 * Establishment ledgers (CSV through mapping profiles, and FEC): detection, profiles, the
 * importers. Part of the ingest stage; uses {@code intake}, {@code establishment} and
 * {@code support}.
 */
package fr.relance.ingest.ledger;
