package fr.relance.cli;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.RelanceApplication;

/** Starts the Spring application for a command; closing it stops the embedded database. */
final class Engine {

	private Engine() {
	}

	static ConfigurableApplicationContext start(Map<String, String> properties) {
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		SpringApplication application = new SpringApplication(RelanceApplication.class);
		application.setLogStartupInfo(false);
		return application.run(args);
	}

}
