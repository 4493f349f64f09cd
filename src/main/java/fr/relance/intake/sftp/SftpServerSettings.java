package fr.relance.intake.sftp;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.util.unit.DataSize;

import fr.relance.intake.DeliveryLimit;
import fr.relance.intake.IntakeProperties;
import fr.relance.support.config.RelanceProperties;

/**
 * Where the SFTP server finds its inputs and how it listens. The server runs without
 * Spring and without a database, so the folders are resolved here the way Spring resolves
 * {@link RelanceProperties}: a command option ({@code --home}), else its pass-through
 * property ({@code --relance.home}), else the environment ({@code RELANCE_HOME}), else
 * the same defaults.
 *
 * @param drop drop-zone root, {@code <home>/drop} by default
 * @param establishments establishment files, {@code <jobs>/establishments} by default
 * @param hostKey persistent host key, {@code <home>/sftp/host-key} by default
 * @param bind listening address, {@code 0.0.0.0} by default
 * @param port listening port, 2222 by default
 * @param limits delivery limits of establishments that set none
 * ({@code --relance.intake.max-file-size}, {@code --relance.intake.max-files-per-night}
 * or {@code RELANCE_INTAKE_MAXFILESIZE}, {@code RELANCE_INTAKE_MAXFILESPERNIGHT}; the
 * engine's defaults otherwise)
 */
public record SftpServerSettings(Path drop, Path establishments, Path hostKey, String bind, int port,
		DeliveryLimit limits) {

	public static final DeliveryLimit DEFAULT_LIMITS = new DeliveryLimit(
			IntakeProperties.DEFAULT_MAX_FILE_SIZE.toBytes(), IntakeProperties.DEFAULT_MAX_FILES_PER_NIGHT);

	public SftpServerSettings(Path drop, Path establishments, Path hostKey, String bind, int port) {
		this(drop, establishments, hostKey, bind, port, DEFAULT_LIMITS);
	}

	public static final int DEFAULT_PORT = 2222;

	public static final String DEFAULT_BIND = "0.0.0.0";

	/**
	 * @param options the value of a command option by name ({@code "home"},
	 * {@code "relance.home"}, {@code "port"})
	 * @param environment the process environment
	 * @throws IllegalArgumentException for a port that is not a number between 0 and
	 * 65535
	 */
	public static SftpServerSettings resolve(Function<String, Optional<String>> options,
			Map<String, String> environment) {
		Function<String, Path> path = name -> setting(options, environment, name).map(Path::of).orElse(null);
		RelanceProperties properties = new RelanceProperties(path.apply("home"), path.apply("drop"), null,
				path.apply("jobs"), path.apply("establishments"), null, null, null);
		Path hostKey = options.apply("host-key")
			.map(Path::of)
			.orElse(properties.home().resolve("sftp").resolve("host-key"));
		String bind = options.apply("bind").orElse(DEFAULT_BIND);
		return new SftpServerSettings(properties.drop(), properties.establishments(), hostKey, bind,
				port(options.apply("port")), limits(options, environment));
	}

	private static Optional<String> setting(Function<String, Optional<String>> options, Map<String, String> environment,
			String name) {
		return options.apply(name)
			.or(() -> options.apply("relance." + name))
			.or(() -> Optional.ofNullable(environment.get("RELANCE_" + name.toUpperCase())))
			.filter(value -> !value.isBlank());
	}

	private static DeliveryLimit limits(Function<String, Optional<String>> options, Map<String, String> environment) {
		Optional<String> size = options.apply("relance.intake.max-file-size")
			.or(() -> Optional.ofNullable(environment.get("RELANCE_INTAKE_MAXFILESIZE")));
		Optional<String> files = options.apply("relance.intake.max-files-per-night")
			.or(() -> Optional.ofNullable(environment.get("RELANCE_INTAKE_MAXFILESPERNIGHT")));
		try {
			return new DeliveryLimit(
					size.map(s -> DataSize.parse(s.strip()).toBytes()).orElse(DEFAULT_LIMITS.maxFileSize()),
					files.map(f -> Integer.parseInt(f.strip())).orElse(DEFAULT_LIMITS.maxFilesPerNight()));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("relance.intake.max-file-size must be a size such as 2GB and"
					+ " relance.intake.max-files-per-night a whole number, got '" + size.orElse("") + "' and '"
					+ files.orElse("") + "'");
		}
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
