package fr.relance.formats.noemie;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import fr.relance.formats.fixedwidth.PulledEvents;
import fr.relance.formats.noemie.internal.Framing;
import fr.relance.formats.noemie.internal.LogicalFraming;
import fr.relance.formats.noemie.internal.NoemieAssembler;
import fr.relance.formats.noemie.internal.PhysicalFraming;

/**
 * Pull side of the reader: each {@link #next()} reads just enough of the file to complete
 * the next event. {@link #hasNext()} and {@link #next()} throw
 * {@link NoemieFormatException} when the file is invalid; after that the stream is
 * finished. The last event of a valid file is its {@link NoemieTrailer}: an importer must
 * not publish anything before it has seen it (a control total may still fail). Closing
 * closes the input.
 */
public final class NoemieStream extends PulledEvents<NoemieEvent> {

	private final Framing framing;

	private boolean started;

	NoemieStream(InputStream input, NoemieOptions options) {
		super(input, "NOEMIE");
		Reader reader = new InputStreamReader(input, StandardCharsets.ISO_8859_1);
		NoemieAssembler assembler = new NoemieAssembler(options, this::emit);
		this.framing = options.logicalLines() ? new LogicalFraming(reader, assembler)
				: new PhysicalFraming(reader, assembler);
	}

	@Override
	protected void advance() {
		try {
			if (!started) {
				started = true;
				if (!framing.header()) {
					throw new NoemieFormatException(NoemieReason.EMPTY_FILE, NoemieLevel.FILE, 0, 0,
							"the file holds no record", null);
				}
			}
			else if (!framing.step()) {
				finish();
			}
		}
		catch (IOException ex) {
			fail();
			throw new NoemieFormatException(NoemieReason.IO_ERROR, NoemieLevel.FILE, 0, 0, ex.toString(), ex);
		}
		catch (NoemieFormatException ex) {
			fail();
			throw ex;
		}
	}

}
