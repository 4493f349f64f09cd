package fr.relance.support.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one reader of configuration files: typed values, and errors naming the file, the
 * line and the key path.
 */
class YamlDocumentTests {

	enum Channel {

		LETTER, SMS

	}

	private static YamlDocument parse(String yaml) {
		return YamlDocument.parse("c.yml", new StringReader(yaml));
	}

	@Test
	void readsTypedValuesAsWritten() {
		YamlMap root = parse("""
				name: "  Clinique  "
				postcode: 01000
				margin: 0.20
				days: 12
				duplex: yes
				quoted: 'true'
				channel: SMS
				address: [rue A, "75001 Paris"]
				empty:
				""").root();

		assertThat(root.text("name")).isEqualTo("  Clinique  ");
		assertThat(root.required("name")).isEqualTo("Clinique");
		assertThat(root.text("postcode")).isEqualTo("01000");
		assertThat(root.decimal("margin")).isEqualTo(new BigDecimal("0.20"));
		assertThat(root.integer("days", 0)).isEqualTo(12);
		assertThat(root.isWholeNumber("days")).isTrue();
		assertThat(root.isWholeNumber("postcode")).isTrue();
		assertThat(root.isWholeNumber("name")).isFalse();
		assertThat(root.flag("duplex", false)).isTrue();
		assertThat(root.flag("quoted", false)).isTrue();
		assertThat(root.choice("channel", Channel.class, null)).isEqualTo(Channel.SMS);
		assertThat(root.strings("address")).containsExactly("rue A", "75001 Paris");
		assertThat(root.has("empty")).isFalse();
		assertThat(root.text("empty", "default")).isEqualTo("default");
		assertThat(root.integer("missing", 7)).isEqualTo(7);
		assertThat(root.decimal("missing", BigDecimal.ONE)).isEqualTo(BigDecimal.ONE);
		assertThat(root.choice("missing", Channel.class, Channel.LETTER)).isEqualTo(Channel.LETTER);
		assertThat(root.keys()).containsExactly("name", "postcode", "margin", "days", "duplex", "quoted", "channel",
				"address", "empty");
		assertThat(root.document().errors()).isEmpty();
	}

	@Test
	void everyWrongValueIsRecordedWithItsLineAndKeyAndWhatWasExpected() {
		YamlDocument document = parse("""
				days: abc
				margin: lots
				duplex: maybe
				channel: FAX
				address: rue A
				name: [a, b]
				""");
		YamlMap root = document.root();

		assertThat(root.integer("days")).isNull();
		assertThat(root.decimal("margin")).isNull();
		assertThat(root.flag("duplex")).isNull();
		assertThat(root.choice("channel", Channel.class, null)).isNull();
		assertThat(root.strings("address")).isEmpty();
		assertThat(root.text("name")).isNull();
		assertThat(root.required("version")).isNull();
		assertThat(root.choice("kind", Channel.class, null)).isNull();

		assertThat(document.errors()).containsExactly("c.yml line 1, days: must be a whole number, got 'abc'",
				"c.yml line 1, version: is required", "c.yml line 1, kind: is required (one of [LETTER, SMS])",
				"c.yml line 2, margin: must be a number, got 'lots'",
				"c.yml line 3, duplex: must be true or false, got 'maybe'",
				"c.yml line 4, channel: must be one of [LETTER, SMS], got 'FAX'",
				"c.yml line 5, address: must be a list", "c.yml line 6, name: must be a single value");
		assertThatThrownBy(document::check).isInstanceOf(ConfigException.class)
			.hasMessage(String.join("\n", document.errors()))
			.satisfies(e -> assertThat(((ConfigException) e).errors()).hasSize(8));
	}

	@Test
	void nestedMappingsAndListsNameTheirPathAndLine() {
		YamlDocument document = parse("""
				steps:
				  - id: letter
				    delay: {days: x}
				  - id: sms
				    delay:
				      days: 3
				      colour: red
				  - just text
				bands: {small: 1}
				""");
		List<YamlMap> steps = document.root().requiredMaps("steps");
		List<Integer> days = steps.stream()
			.map(s -> s.requiredMap("delay"))
			.peek(d -> d.onlyKeys("days", "after"))
			.map(d -> d.integer("days"))
			.toList();

		assertThat(steps).extracting(YamlMap::path).containsExactly("steps[0]", "steps[1]", "steps[2]");
		assertThat(days).containsExactly(null, 3, null);
		assertThat(document.root().maps("bands")).isEmpty();
		assertThat(document.root().requiredMaps("others")).isEmpty();
		assertThat(document.errors()).containsExactly("c.yml line 1, others: is required",
				"c.yml line 3, steps[0].delay.days: must be a whole number, got 'x'",
				"c.yml line 7, steps[1].delay.colour: unknown key (allowed: [after, days])",
				"c.yml line 8, steps[2]: must be a mapping", "c.yml line 8, steps[2].delay: is required",
				"c.yml line 9, bands: must be a list");
	}

	@Test
	void aRootThatIsNotAMappingAnEmptyFileAndInvalidYamlAreRefusedWithTheirLine() {
		assertThat(parse("- a\n- b\n").errors())
			.containsExactly("c.yml line 1: must be a YAML mapping of keys to values");
		assertThat(parse("# nothing but a comment\n").errors())
			.containsExactly("c.yml line 1: is empty: must be a YAML mapping of keys to values");
		assertThat(parse("").root().keys()).isEmpty();
		assertThatThrownBy(() -> parse("name: a\nsteps: [unclosed\nother: b\n")).isInstanceOf(ConfigException.class)
			.hasMessageStartingWith("c.yml line 3: not valid YAML: expected ',' or ']'");
		assertThatThrownBy(() -> parse("a: 1\n---\nb: 2\n")).isInstanceOf(ConfigException.class)
			.hasMessageStartingWith("c.yml line 2: not valid YAML: ");
	}

	@Test
	void aKeyGivenTwiceIsRefusedWhereSnakeYamlWouldKeepTheLastSilently() {
		YamlDocument document = parse("""
				name: first
				sms:
				  senderId: A
				  senderId: B
				name: second
				""");

		assertThat(document.root().text("name")).isEqualTo("first");
		document.root().map("sms");
		assertThat(document.errors()).containsExactly("c.yml line 4, sms.senderId: is given twice (first on line 3)",
				"c.yml line 5, name: is given twice (first on line 1)");
	}

	@Test
	void aMergeKeyStillSharesValuesAndExplicitKeysWin() {
		YamlMap root = parse("""
				base: &base {host: sftp.example.fr, port: 2222}
				pull:
				  <<: *base
				  port: 22
				""").root();
		YamlMap pull = root.map("pull");
		pull.onlyKeys("host", "port");

		assertThat(pull.text("host")).isEqualTo("sftp.example.fr");
		assertThat(pull.integer("port", 0)).isEqualTo(22);
		assertThat(root.document().errors()).isEmpty();
	}

	@Test
	void aReaderMapsOnlyWhatChecksAndCanRecordItsOwnRules(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("p.yml"), "separator: x\nsms: {senderId: A}\n");
		YamlDocument document = YamlDocument.read(file);
		YamlMap root = document.root();
		root.onlyKeys("separator");
		if (!List.of(";", ",").contains(root.text("separator"))) {
			root.error("separator", "must be ; or ,");
		}
		root.map("sms").error("needs a paymentLink too");

		assertThatThrownBy(() -> document.result(() -> "built")).isInstanceOf(ConfigException.class)
			.hasMessage("p.yml line 1, separator: must be ; or ,\n"
					+ "p.yml line 2, sms: unknown key (allowed: [separator])\n"
					+ "p.yml line 2, sms: needs a paymentLink too");
		assertThat(YamlDocument.parse("p.yml", new StringReader("separator: ;\n")).result(() -> "built"))
			.isEqualTo("built");
	}

	@Test
	void aMissingFileIsNamed(@TempDir Path dir) {
		assertThatThrownBy(() -> YamlDocument.read(dir.resolve("absent.yml"))).isInstanceOf(ConfigException.class)
			.hasMessageStartingWith("absent.yml: cannot be read: ");
	}

}
