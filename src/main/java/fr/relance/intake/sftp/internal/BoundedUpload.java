package fr.relance.intake.sftp.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.relance.support.text.Printable;

/**
 * The channel of one upload, refusing any write that would end past the establishment's
 * size limit. SFTP lets a client write at any offset: without this bound one write at
 * offset 2^44 creates a 16 TiB sparse file that intake would spend hours hashing.
 */
final class BoundedUpload implements SeekableByteChannel {

	private static final Logger log = LoggerFactory.getLogger("relance.sftp");

	private final FileChannel file;

	private final long maxSize;

	private final String name;

	BoundedUpload(FileChannel file, long maxSize, String name) {
		this.file = file;
		this.maxSize = maxSize;
		this.name = name;
	}

	@Override
	public int write(ByteBuffer source) throws IOException {
		long end = file.position() + source.remaining();
		if (end > maxSize) {
			throw new QuotaExceeded(name,
					"the file would exceed the size limit of your account (" + maxSize + " bytes)");
		}
		return file.write(source);
	}

	@Override
	public int read(ByteBuffer destination) throws IOException {
		return file.read(destination);
	}

	@Override
	public long position() throws IOException {
		return file.position();
	}

	@Override
	public SeekableByteChannel position(long position) throws IOException {
		file.position(position);
		return this;
	}

	@Override
	public long size() throws IOException {
		return file.size();
	}

	@Override
	public SeekableByteChannel truncate(long size) throws IOException {
		file.truncate(size);
		return this;
	}

	/** Data and metadata on disk: done before an upload takes its final name. */
	void force() throws IOException {
		file.force(true);
	}

	@Override
	public boolean isOpen() {
		return file.isOpen();
	}

	@Override
	public void close() throws IOException {
		file.close();
	}

	/**
	 * A write refused by the account's limits. The client receives "permission denied"
	 * (SFTP version 3 has no quota status); the reason is in the server's log.
	 */
	static final class QuotaExceeded extends AccessDeniedException {

		private static final long serialVersionUID = 1L;

		QuotaExceeded(String name, String reason) {
			super(name, null, reason);
			log.warn("refused: {}: {}", Printable.of(name), reason);
		}

	}

}
