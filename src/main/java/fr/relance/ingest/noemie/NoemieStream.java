package fr.relance.ingest.noemie;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

import fr.relance.ingest.noemie.internal.Framing;
import fr.relance.ingest.noemie.internal.LogicalFraming;
import fr.relance.ingest.noemie.internal.NoemieAssembler;
import fr.relance.ingest.noemie.internal.PhysicalFraming;

/**
 * Pull side of the reader: each {@link #next()} reads just enough of the file to complete the next event.
 * {@link #hasNext()} and {@link #next()} throw {@link NoemieFormatException} when the file is invalid; after
 * that the stream is finished. The last event of a valid file is its {@link NoemieTrailer}: an importer must not
 * publish anything before it has seen it (a control total may still fail). Closing closes the input.
 */
public final class NoemieStream implements Iterator<NoemieEvent>, Closeable {

	private final InputStream input;

	private final ArrayDeque<NoemieEvent> ready = new ArrayDeque<>();

	private final Framing framing;

	private boolean started;

	private boolean finished;

	NoemieStream(InputStream input, NoemieOptions options) {
		this.input = input;
		Reader reader = new InputStreamReader(input, StandardCharsets.ISO_8859_1);
		NoemieAssembler assembler = new NoemieAssembler(options, ready::add);
		this.framing = options.logicalLines() ? new LogicalFraming(reader, assembler)
				: new PhysicalFraming(reader, assembler);
	}

	@Override
	public boolean hasNext() {
		while (ready.isEmpty() && !finished) {
			advance();
		}
		return !ready.isEmpty();
	}

	@Override
	public NoemieEvent next() {
		if (!hasNext()) {
			throw new NoSuchElementException("no more NOEMIE events");
		}
		return ready.poll();
	}

	@Override
	public void close() throws IOException {
		finished = true;
		input.close();
	}

	private void advance() {
		try {
			if (!started) {
				started = true;
				if (!framing.header()) {
					throw new NoemieFormatException(NoemieReason.EMPTY_FILE, NoemieLevel.FILE, 0, 0,
							"the file holds no record", null);
				}
			}
			else if (!framing.step()) {
				finished = true;
			}
		}
		catch (IOException ex) {
			finished = true;
			throw new NoemieFormatException(NoemieReason.IO_ERROR, NoemieLevel.FILE, 0, 0, ex.toString(), ex);
		}
		catch (NoemieFormatException ex) {
			finished = true;
			ready.clear();
			throw ex;
		}
	}

}
