package fr.relance.samples.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A UTF-8 file (no BOM) written under {@code name.part} and renamed when complete: the drop zone only picks up
 * finished files, so a reader never sees half a ledger.
 */
final class PartFile implements AutoCloseable {

	private final Path target;

	private final Path part;

	private final Writer writer;

	private boolean committed;

	PartFile(Path target) throws IOException {
		this.target = target;
		this.part = target.resolveSibling(target.getFileName() + ".part");
		Files.createDirectories(target.getParent());
		this.writer = new FastWriter(new OutputStreamWriter(Files.newOutputStream(this.part), StandardCharsets.UTF_8));
	}

	Writer writer() {
		return this.writer;
	}

	/** Closes and renames to the final name; returns it. */
	Path commit() throws IOException {
		this.writer.close();
		Files.move(this.part, this.target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		this.committed = true;
		return this.target;
	}

	/** After a failure: closes and leaves the {@code .part} file for inspection. */
	@Override
	public void close() throws IOException {
		if (!this.committed) {
			this.writer.close();
		}
	}

}
