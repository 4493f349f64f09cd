package fr.relance.intake.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ops/sftp/provision-establishment.sh, only ever in --dry-run: it prints the commands and
 * changes nothing.
 */
class ProvisionScriptTests {

	static final Path SCRIPT = Path.of("ops/sftp/provision-establishment.sh");

	@TempDir
	Path temp;

	@Test
	void dryRunPrintsTheAccountFoldersOwnersModesAndKey() throws Exception {
		Path key = Files.writeString(temp.resolve("clinic.pub"),
				SftpTestKit.publicLine(SftpTestKit.newKey().getPublic()) + "\n");

		Result result = run("--dry-run", "750000010", key.toString(), "/srv/relance/drop");

		assertThat(result.status()).isZero();
		assertThat(result.out()).contains(
				"getent passwd relance-750000010 >/dev/null || useradd --system --gid relance-750000010"
						+ " --groups relance-sftp --home-dir /srv/relance/drop/750000010 --no-create-home"
						+ " --shell /usr/sbin/nologin relance-750000010",
				"chown root:root /srv/relance/drop/750000010", "chmod 0755 /srv/relance/drop/750000010",
				"chown relance-750000010:relance /srv/relance/drop/750000010/in",
				"chmod 2770 /srv/relance/drop/750000010/in",
				"chown relance:relance-750000010 /srv/relance/drop/750000010/out",
				"chmod 2750 /srv/relance/drop/750000010/out", "chown relance:relance /srv/relance/drop/.archive",
				"install -o root -g root -m 0644 " + key + " /etc/ssh/relance-keys/relance-750000010");
		assertThat(Path.of("/srv/relance/drop/750000010")).doesNotExist();
	}

	@Test
	void refusesAFinessWithAWrongKey() throws Exception {
		Path key = Files.writeString(temp.resolve("clinic.pub"),
				SftpTestKit.publicLine(SftpTestKit.newKey().getPublic()) + "\n");

		Result result = run("--dry-run", "750000011", key.toString());

		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).containsExactly(
				"provision-establishment: '750000011' is not a valid FINESS number (9 characters, Luhn key)");
		assertThat(result.out()).isEmpty();
	}

	@Test
	void acceptsACorsicanFiness() throws Exception {
		Path key = Files.writeString(temp.resolve("clinic.pub"),
				SftpTestKit.publicLine(SftpTestKit.newKey().getPublic()) + "\n");
		String corsican = "2A" + fr.relance.support.ids.Finess.withKey("20000001").substring(2);

		assertThat(run("--dry-run", corsican, key.toString(), "/srv/drop").status()).isZero();
	}

	@Test
	void refusesAPrivateKeyAndARelativeDrop() throws Exception {
		Path privateKey = Files.writeString(temp.resolve("id_ecdsa"),
				"-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n");
		Path key = Files.writeString(temp.resolve("clinic.pub"),
				SftpTestKit.publicLine(SftpTestKit.newKey().getPublic()) + "\n");

		Result privateResult = run("--dry-run", "750000010", privateKey.toString());
		Result relative = run("--dry-run", "750000010", key.toString(), "var/drop");

		assertThat(privateResult.status()).isEqualTo(2);
		assertThat(privateResult.err())
			.containsExactly("provision-establishment: " + privateKey + " holds a private key: give the .pub file");
		assertThat(relative.status()).isEqualTo(2);
		assertThat(relative.err())
			.containsExactly("provision-establishment: the drop root must be an absolute path, got 'var/drop'");
	}

	record Result(int status, List<String> out, List<String> err) {
	}

	private Result run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
		command.addAll(List.of(args));
		Path out = temp.resolve("out.txt");
		Path err = temp.resolve("err.txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
				Files.readAllLines(err, StandardCharsets.UTF_8));
	}

}
