package fr.relance.formats.b2;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import fr.relance.formats.b2.internal.B2Assembler;
import fr.relance.formats.b2.internal.B2Layouts;
import fr.relance.formats.fixedwidth.FixedWidthException;
import fr.relance.formats.fixedwidth.PulledEvents;
import fr.relance.formats.fixedwidth.RecordSource;

/**
 * Pull side of the B2 reader: each {@link #next()} reads records until the next event is
 * complete. Throws {@link B2FormatException} when the file is invalid; the last event of
 * a valid file is its {@link B2Trailer}. Closing closes the input.
 */
public final class B2Stream extends PulledEvents<B2Event> {

	private final RecordSource source;

	private final B2Assembler assembler;

	B2Stream(InputStream input, B2Options options) {
		super(input, "B2");
		this.source = new RecordSource(new InputStreamReader(input, StandardCharsets.ISO_8859_1),
				B2Layouts.RECORD_LENGTH);
		this.assembler = new B2Assembler(options, this::emit);
	}

	@Override
	protected void advance() {
		try {
			if (!source.next()) {
				throw problem(source.recordNumber() == 0 ? B2Reason.EMPTY_FILE : B2Reason.TRUNCATED,
						source.recordNumber() == 0 ? "the file holds no record"
								: "the file ends without a 999 trailer");
			}
			assembler.record(source.chars(), source.recordNumber(), source.recordOffset());
			if (assembler.finished()) {
				if (source.next()) {
					throw problem(B2Reason.DATA_AFTER_END, "record after the 999 trailer");
				}
				finish();
			}
		}
		catch (FixedWidthException ex) {
			fail();
			throw B2Assembler.translate(ex, source.recordNumber(), source.recordOffset());
		}
		catch (IOException ex) {
			fail();
			throw new B2FormatException(B2Reason.IO_ERROR, source.recordNumber(), 0, ex.toString(), ex);
		}
		catch (B2FormatException ex) {
			fail();
			throw ex;
		}
	}

	private B2FormatException problem(B2Reason reason, String detail) {
		return new B2FormatException(reason, source.recordNumber(), source.recordOffset(), detail, null);
	}

}
