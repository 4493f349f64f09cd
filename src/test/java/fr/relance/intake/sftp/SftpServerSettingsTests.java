package fr.relance.intake.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SftpServerSettingsTests {

	@Test
	void defaultsAreThoseOfTheOtherCommands() {
		SftpServerSettings settings = SftpServerSettings.resolve(options(Map.of()), Map.of());

		assertThat(settings).isEqualTo(new SftpServerSettings(Path.of("var/drop"), Path.of("jobs/establishments"),
				Path.of("var/sftp/host-key"), "0.0.0.0", 2222));
	}

	@Test
	void anOptionWinsOverThePropertyAndTheEnvironment() {
		Map<String, String> environment = Map.of("RELANCE_HOME", "/srv/relance", "RELANCE_JOBS", "/opt/relance/jobs",
				"RELANCE_DROP", "/srv/drop");

		SftpServerSettings settings = SftpServerSettings.resolve(options(
				Map.of("home", "/data/relance", "relance.drop", "/data/drop", "port", "2022", "bind", "10.0.0.5")),
				environment);

		assertThat(settings).isEqualTo(new SftpServerSettings(Path.of("/data/drop"),
				Path.of("/opt/relance/jobs/establishments"), Path.of("/data/relance/sftp/host-key"), "10.0.0.5", 2022));
	}

	@Test
	void theEnvironmentGivesTheFoldersWhenNoOptionDoes() {
		SftpServerSettings settings = SftpServerSettings.resolve(options(Map.of("host-key", "/etc/relance/host-key")),
				Map.of("RELANCE_HOME", "/srv/relance", "RELANCE_ESTABLISHMENTS", "/etc/relance/establishments"));

		assertThat(settings.drop()).isEqualTo(Path.of("/srv/relance/drop"));
		assertThat(settings.establishments()).isEqualTo(Path.of("/etc/relance/establishments"));
		assertThat(settings.hostKey()).isEqualTo(Path.of("/etc/relance/host-key"));
	}

	@Test
	void refusesAPortThatIsNotOne() {
		assertThatThrownBy(() -> SftpServerSettings.resolve(options(Map.of("port", "70000")), Map.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("--port must be a number from 0 to 65535, got '70000'");
		assertThatThrownBy(() -> SftpServerSettings.resolve(options(Map.of("port", "ssh")), Map.of()))
			.hasMessage("--port must be a number from 0 to 65535, got 'ssh'");
	}

	private static java.util.function.Function<String, Optional<String>> options(Map<String, String> given) {
		return name -> Optional.ofNullable(given.get(name));
	}

}
