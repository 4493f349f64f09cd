package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code relance establishment list} with a file the engine cannot use: every problem, on
 * the file's own line.
 */
class EstablishmentListTests {

	private final CliRun cli = new CliRun();

	@Test
	void anUnreadableFileIsListedWithAllItsProblemsOnOneLine(@TempDir Path home) throws Exception {
		Path folder = Files.createDirectories(home.resolve("establishments"));
		Files.writeString(folder.resolve("750000010.yml"), """
				finess: "750000010"
				legalName: "Clinique (fictive)"
				sector: private
				ledgerProfile: relance-standard
				scenario: private-clinic
				ledgerRecordsBankPayments: perhaps
				creditNetting: often
				""");

		assertThat(cli.run("establishment", "list", "--establishments", folder.toString())).isZero();

		assertThat(cli.out()).contains(
				"1 establishment(s)\n  750000010  enabled   unreadable: 750000010.yml line 6,"
						+ " ledgerRecordsBankPayments: must be true or false, got 'perhaps'",
				"; 750000010.yml line 7," + " creditNetting: must be true or false, got 'often'\n");
	}

}
