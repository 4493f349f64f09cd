package fr.relance.intake.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.sftp.client.SftpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.intake.DropZone;
import fr.relance.intake.FileIntake;
import fr.relance.intake.IntakeResult;
import fr.relance.intake.SourceFiles;
import fr.relance.support.ids.Finess;

/**
 * End to end on loopback: an establishment uploads its ledger over SFTP, and the next
 * night's intake takes it.
 */
@EngineTest
class SftpUploadThenNightTests {

	@TempDir
	Path temp;

	@Autowired
	DropZone dropZone;

	@Autowired
	FileIntake intake;

	@Autowired
	EstablishmentSync sync;

	@Autowired
	SourceFiles sourceFiles;

	@Test
	void aLedgerUploadedOverSftpIsTakenByTheNextNight() throws Exception {
		String finess = Finess.withKey("75500001");
		KeyPair key = SftpTestKit.newKey();
		SftpTestKit.establishment(temp, finess, SftpTestKit.keysSection(key));
		EstablishmentDirectory directory = new EstablishmentDirectory(temp);
		Establishment clinic = directory.find(finess).orElseThrow();
		sync.sync(List.of(clinic));
		dropZone.prepare(finess);
		String ledger = "finess;invoice_number;patient_id;last_name;first_name;address_line1;address_line2;postcode;"
				+ "city;phone;email;birth_date;care_date;invoice_date;due_date;total;amo_due;amc_due;amc_org;"
				+ "patient_due;amo_paid;amc_paid;patient_paid;flags\r\n" + finess
				+ ";F990000001;P1;LEVY;Anne;1 rue A;;75015;Paris;;;01/01/1970;01/10/2026;01/10/2026;;10,00;0;0;;10,00;0;0;0;\r\n";

		try (SftpServer server = new SftpServer(directory, dropZone, temp.resolve("host-key"), "127.0.0.1", 0)) {
			server.start();
			SshClient client = SftpTestKit.client(new AtomicReference<>());
			try (SftpClient sftp = SftpTestKit.sftp(SftpTestKit.login(client, server.getPort(), finess, key))) {
				try (OutputStream out = sftp.write("in/ledger.csv.part")) {
					out.write(ledger.getBytes(StandardCharsets.UTF_8));
				}
				sftp.rename("in/ledger.csv.part", "in/ledger.csv");
			}
			finally {
				client.stop();
			}
		}

		IntakeResult result = intake.take(clinic, LocalDate.of(2026, 11, 20));

		assertThat(result.accepted()).isEqualTo(1);
		assertThat(sourceFiles.received(finess, "ledger")).singleElement()
			.satisfies(f -> assertThat(f.originalName()).isEqualTo("ledger.csv"));
		assertThat(dropZone.in(finess).resolve("ledger.csv")).doesNotExist();
	}

}
