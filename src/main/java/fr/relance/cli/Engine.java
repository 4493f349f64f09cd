package fr.relance.cli;

import java.util.Map;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.RelanceApplication;
import fr.relance.support.config.SettingException;

/**
 * Starts the Spring application for a command; closing it stops the embedded database.
 */
final class Engine {

	private Engine() {
	}

	/**
	 * @throws UsageException for a setting the engine cannot work with (a value of the
	 * wrong type, a database URL that is not PostgreSQL's, an engine home it cannot write
	 * in): nothing ran
	 */
	static ConfigurableApplicationContext start(Map<String, String> properties) {
		checkDatabaseUrl(properties.getOrDefault("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL")));
		properties = RunLogFile.added(properties);
		String[] args = properties.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		SpringApplication application = new SpringApplication(RelanceApplication.class);
		application.setLogStartupInfo(false);
		try {
			return application.run(args);
		}
		catch (RuntimeException e) {
			throw settingError(e).orElseThrow(() -> e);
		}
	}

	private static void checkDatabaseUrl(String url) {
		if (url != null && !url.isBlank() && !url.startsWith("jdbc:postgresql:")) {
			throw new UsageException("--db-url (spring.datasource.url, SPRING_DATASOURCE_URL) must be a PostgreSQL JDBC"
					+ " URL, jdbc:postgresql://HOST:PORT/DATABASE; got '"
					+ url.replaceAll("password=[^&]*", "password=***") + "'");
		}
	}

	/** The start-up failure as a usage error when a setting caused it. */
	private static Optional<UsageException> settingError(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SettingException setting) {
				return Optional.of(new UsageException(setting.getMessage()));
			}
			if (t instanceof BindException bind) {
				Throwable reason = bind.getCause();
				while (reason != null && reason.getCause() != null && reason.getCause() != reason) {
					reason = reason.getCause();
				}
				String value = bind.getProperty() == null ? "" : " '" + bind.getProperty().getValue() + "'";
				return Optional.of(new UsageException("invalid setting " + bind.getName() + value
						+ (reason == null || reason.getMessage() == null ? "" : ": " + reason.getMessage())));
			}
		}
		return Optional.empty();
	}

}
