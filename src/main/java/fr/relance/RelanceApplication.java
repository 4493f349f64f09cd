package fr.relance;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import fr.relance.cli.Cli;

/**
 * Relance: the nightly recovery engine for unpaid medical invoices. The process is a
 * command-line tool ({@code ops/relance <command>}); commands that need the engine start
 * this Spring application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RelanceApplication {

	public static void main(String[] args) {
		System.exit(new Cli(System.in, System.out, System.err).run(args));
	}

}
