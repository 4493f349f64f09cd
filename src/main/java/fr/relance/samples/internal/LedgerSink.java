package fr.relance.samples.internal;

import java.io.IOException;
import java.nio.file.Path;

import fr.relance.samples.GeneratedInvoice;

/**
 * One establishment's ledger file while it is being written, in the establishment's
 * profile.
 */
interface LedgerSink extends AutoCloseable {

	void write(GeneratedInvoice invoice) throws IOException;

	/** Finishes the file under its final name and returns that name. */
	Path commit() throws IOException;

	/** After a failure: releases the file, leaving it under its temporary name. */
	@Override
	void close() throws IOException;

}
