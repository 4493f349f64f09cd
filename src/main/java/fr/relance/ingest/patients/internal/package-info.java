/**
 * How an ADT file is cut into messages (batches, MLLP framing, MSH-18 charsets), how a
 * message is read into the few facts the engine keeps, and how each contact field is
 * applied only when the message is newer than its value.
 */
package fr.relance.ingest.patients.internal;
