package fr.relance.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.support.config.ConfigException;

class RejectCodesTests {

	@TempDir
	Path dir;

	@Test
	void theShippedTableGivesEachSeededCodeItsRuleAndOthersTheDefault() {
		RejectCodes codes = new RejectCodes(Path.of("jobs/reject-codes.yml"));

		assertThat(codes.ruleFor("A123")).isEqualTo(RejectRule.TRANSFER);
		assertThat(codes.ruleFor(" b201 ")).isEqualTo(RejectRule.REBILL);
		assertThat(codes.ruleFor("0000000042")).isEqualTo(RejectRule.INFO);
		assertThat(codes.ruleFor("Z999")).isEqualTo(RejectRule.REBILL);
		assertThat(codes.defaultRule()).isEqualTo(RejectRule.REBILL);
		assertThat(codes.all()).isNotEmpty().allSatisfy(c -> assertThat(c.example()).isTrue());
	}

	@Test
	void aConfiguredDefaultAppliesToUnlistedCodes() throws Exception {
		RejectCodes codes = new RejectCodes(write("default: info\ncodes:\n  - code: X1\n    rule: transfer\n"));

		assertThat(codes.ruleFor("X1")).isEqualTo(RejectRule.TRANSFER);
		assertThat(codes.ruleFor("X2")).isEqualTo(RejectRule.INFO);
		assertThat(codes.ruleFor(null)).isEqualTo(RejectRule.INFO);
	}

	@Test
	void refusesAnUnknownRuleNamingTheFileAndTheEntry() throws Exception {
		Path file = write("codes:\n  - code: X1\n    rule: rebil\n");

		assertThatThrownBy(() -> new RejectCodes(file)).isInstanceOf(ConfigException.class)
			.hasMessage("reject-codes.yml line 3, codes[0].rule: must be rebill, transfer or info, got 'rebil'");
	}

	@Test
	void refusesACodeListedTwiceAndAnEntryWithoutRule() throws Exception {
		assertThatThrownBy(
				() -> new RejectCodes(write("codes:\n  - {code: X1, rule: info}\n  - {code: x1, rule: rebill}\n")))
			.hasMessage("reject-codes.yml line 3, codes[1].code: 'x1' is listed twice");
		assertThatThrownBy(() -> new RejectCodes(write("codes:\n  - {code: X1}\n")))
			.hasMessage("reject-codes.yml line 2, codes[0].rule: is required (rebill, transfer or info)");
		assertThatThrownBy(() -> new RejectCodes(write("codez: []\n")))
			.hasMessageStartingWith("reject-codes.yml line 1, codez: unknown key");
	}

	@Test
	void withoutATableEveryCodeIsRebilled() {
		assertThat(new RejectCodes(dir.resolve("missing.yml")).ruleFor("A123")).isEqualTo(RejectRule.REBILL);
	}

	private Path write(String yaml) throws Exception {
		return Files.writeString(dir.resolve("reject-codes.yml"), yaml, StandardCharsets.UTF_8);
	}

}
