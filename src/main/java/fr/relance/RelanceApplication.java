package fr.relance;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point placeholder; the CLI lands with the foundation. */
@SpringBootApplication
public class RelanceApplication {

	public static void main(String[] args) {
	}

}
