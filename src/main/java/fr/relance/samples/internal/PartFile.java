package fr.relance.samples.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A text file written under {@code name.part} and renamed when complete: the drop zone
 * only picks up finished files, so a reader never sees half a ledger. UTF-8 without BOM
 * unless told otherwise. A character the charset cannot hold fails the write (a
 * Windows-1252 ledger must not silently turn a name into question marks).
 */
final class PartFile implements AutoCloseable {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final Path target;

	private final Path part;

	private final Writer writer;

	private boolean committed;

	PartFile(Path target) throws IOException {
		this(target, StandardCharsets.UTF_8, false);
	}

	/**
	 * A file in {@code charset}, starting with a byte-order mark when {@code bom} (meant
	 * for UTF-8).
	 */
	PartFile(Path target, Charset charset, boolean bom) throws IOException {
		this.target = target;
		this.part = target.resolveSibling(target.getFileName() + ".part");
		Files.createDirectories(target.getParent());
		this.writer = new FastWriter(new OutputStreamWriter(Files.newOutputStream(this.part),
				charset.newEncoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)));
		if (bom) {
			this.writer.write(BYTE_ORDER_MARK);
		}
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
