package fr.relance.intake.sftp;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.relance.support.config.RelanceProperties;

/**
 * Where the SFTP server finds its inputs and how it listens. The server runs without Spring and without a database,
 * so the folders are resolved here the way Spring resolves {@link RelanceProperties}: a command option
 * ({@code --home}), else its pass-through property ({@code --relance.home}), else the environment
 * ({@code RELANCE_HOME}), else the same defaults.
 *
 * @param drop drop-zone root, {@code <home>/drop} by default
 * @param establishments establishment files, {@code <jobs>/establishments} by default
 * @param hostKey persistent host key, {@code <home>/sftp/host-key} by default
 * @param bind listening address, {@code 0.0.0.0} by default
 * @param port listening port, 2222 by default
 */
public record SftpServerSettings(Path drop, Path establishments, Path hostKey, String bind, int port) {

	public static final int DEFAULT_PORT = 2222;

	public static final String DEFAULT_BIND = "0.0.0.0";

	/**
	 * @param options the value of a command option by name ({@code "home"}, {@code "relance.home"}, {@code "port"})
	 * @param environment the process environment
	 * @throws IllegalArgumentException for a port that is not a number between 0 and 65535
	 */
	public static SftpServerSettings resolve(Function<String, Optional<String>> options,
			Map<String, String> environment) {
		Function<String, Path> path = name -> setting(options, environment, name).map(Path::of).orElse(null);
		RelanceProperties properties = new RelanceProperties(path.apply("home"), path.apply("drop"), null,
				path.apply("jobs"), path.apply("establishments"), null, null, null);
		Path hostKey = options.apply("host-key").map(Path::of)
			.orElse(properties.home().resolve("sftp").resolve("host-key"));
		String bind = options.apply("bind").orElse(DEFAULT_BIND);
		return new SftpServerSettings(properties.drop(), properties.establishments(), hostKey, bind,
				port(options.apply("port")));
	}

	private static Optional<String> setting(Function<String, Optional<String>> options,
			Map<String, String> environment, String name) {
		return options.apply(name)
			.or(() -> options.apply("relance." + name))
			.or(() -> Optional.ofNullable(environment.get("RELANCE_" + name.toUpperCase())))
			.filter(value -> !value.isBlank());
	}

	private static int port(Optional<String> option) {
		if (option.isEmpty()) {
			return DEFAULT_PORT;
		}
		try {
			int port = Integer.parseInt(option.get().strip());
			if (port >= 0 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException e) {
			// reported below with the value given
		}
		throw new IllegalArgumentException("--port must be a number from 0 to 65535, got '" + option.get() + "'");
	}

}
