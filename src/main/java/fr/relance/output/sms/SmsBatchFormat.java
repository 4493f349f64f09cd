package fr.relance.output.sms;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The shapes of the file handed to the SMS gateway, as gateways take bulk uploads: a CSV
 * (comma-separated, RFC 4180 quoting, UTF-8 without byte-order mark, CRLF) or JSON lines
 * (one object a line, UTF-8, LF). Both carry the same fields; {@code ops/README.md}
 * documents them.
 */
public enum SmsBatchFormat {

	CSV("csv") {

		@Override
		void write(List<SmsMessage> messages, OutputStream out) throws IOException {
			Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			w.write(String.join(",", HEADER) + "\r\n");
			for (SmsMessage m : messages) {
				w.write(String.join(",", quote(m.to()), quote(m.sender()), quote(m.text()),
						quote(SEND_AT.format(m.sendAt())), quote(m.clientReference()), quote(m.letterReference()),
						String.valueOf(m.segments())) + "\r\n");
			}
			w.flush();
		}

	},
	JSONL("jsonl") {

		@Override
		void write(List<SmsMessage> messages, OutputStream out) throws IOException {
			Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			for (SmsMessage m : messages) {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("to", m.to());
				line.put("from", m.sender());
				line.put("text", m.text());
				line.put("sendAt", SEND_AT.format(m.sendAt()));
				line.put("clientReference", m.clientReference());
				line.put("letterReference", m.letterReference());
				line.put("segments", m.segments());
				w.write(JSON.writeValueAsString(line) + "\n");
			}
			w.flush();
		}

	};

	static final List<String> HEADER = List.of("phone_number", "sender_id", "message", "send_at", "client_reference",
			"letter_reference", "segments");

	/**
	 * ISO 8601 with the offset of the debtor's zone: {@code 2026-12-07T10:00:00+01:00}.
	 */
	static final DateTimeFormatter SEND_AT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String extension;

	SmsBatchFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return this.extension;
	}

	abstract void write(List<SmsMessage> messages, OutputStream out) throws IOException;

	/** The setting's value, {@code csv} or {@code jsonl}. */
	public static SmsBatchFormat of(String setting) {
		for (SmsBatchFormat format : values()) {
			if (format.extension.equals(setting.strip().toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		throw new IllegalArgumentException("relance.output.sms.format must be csv or jsonl, got '" + setting + "'");
	}

	private static String quote(String value) {
		if (value == null) {
			return "";
		}
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
