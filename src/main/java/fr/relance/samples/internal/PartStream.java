package fr.relance.samples.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A binary file written under {@code name.part} and renamed when complete, like
 * {@link PartFile}.
 */
final class PartStream implements AutoCloseable {

	private final Path target;

	private final Path part;

	private final OutputStream out;

	private boolean committed;

	PartStream(Path target) throws IOException {
		this.target = target;
		this.part = target.resolveSibling(target.getFileName() + ".part");
		Files.createDirectories(target.getParent());
		this.out = new BufferedOutputStream(Files.newOutputStream(this.part), 1 << 16);
	}

	/**
	 * The stream to write to; whoever wraps it must not close it before
	 * {@link #commit()}.
	 */
	OutputStream out() {
		return this.out;
	}

	Path commit() throws IOException {
		this.out.close();
		Files.move(this.part, this.target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		this.committed = true;
		return this.target;
	}

	@Override
	public void close() throws IOException {
		if (!this.committed) {
			this.out.close();
		}
	}

}
