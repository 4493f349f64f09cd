package fr.relance.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one view of the generated world (a ledger, the truth file, later NOEMIE returns,
 * B2 files, bank statements...). The generator calls, in order: for each establishment
 * {@link #beginEstablishment}, then {@link #write} for each of its invoices, then
 * {@link #endEstablishment}; after the last one {@link #finish}; and {@link #close} once
 * at the end, also after a failure. A writer must not keep invoices: the world may hold
 * millions.
 */
public interface WorldWriter extends AutoCloseable {

	/** Called before the establishment's first invoice. */
	default void beginEstablishment(SampleEstablishment establishment) throws IOException {
	}

	/** Called once per invoice, in invoice number order within an establishment. */
	void write(GeneratedInvoice invoice) throws IOException;

	/**
	 * Called after the establishment's last invoice (finish and rename per-establishment
	 * files here).
	 */
	default void endEstablishment(SampleEstablishment establishment) throws IOException {
	}

	/**
	 * Called once after the last establishment when all went well (finish and rename
	 * world-wide files here).
	 */
	default void finish() throws IOException {
	}

	/** Files completely written so far. */
	List<Path> files();

	/**
	 * Releases whatever is still open; files not finished may be left behind under a
	 * temporary name.
	 */
	@Override
	void close() throws IOException;

	/** Opens a fresh writer for one generation run. */
	@FunctionalInterface
	interface Factory {

		WorldWriter open(GenerationOptions options) throws IOException;

	}

}
