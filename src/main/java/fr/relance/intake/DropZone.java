package fr.relance.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fr.relance.support.config.RelanceProperties;

/**
 * The folder contract shared with establishments (ops/sftp/README.md): <pre>
 * &lt;drop&gt;/&lt;FINESS&gt;/in/                         establishment writes (SFTP chroot is &lt;drop&gt;/&lt;FINESS&gt;)
 * &lt;drop&gt;/&lt;FINESS&gt;/out/                        engine writes error and KPI reports, establishment reads
 * &lt;drop&gt;/.archive/&lt;FINESS&gt;/&lt;yyyy-mm-dd&gt;/     engine only: every accepted file, as received
 * &lt;drop&gt;/.quarantine/&lt;FINESS&gt;/               engine only: every refused file, beside a .reason.txt
 * </pre> Archive and quarantine sit outside every establishment's folder, so no chroot
 * can reach them.
 */
@Component
public class DropZone {

	private final Path root;

	@Autowired
	DropZone(RelanceProperties properties) {
		this(properties.drop());
	}

	public DropZone(Path root) {
		this.root = root;
	}

	public Path root() {
		return root;
	}

	public Path establishmentRoot(String finess) {
		return root.resolve(finess);
	}

	public Path in(String finess) {
		return establishmentRoot(finess).resolve("in");
	}

	public Path out(String finess) {
		return establishmentRoot(finess).resolve("out");
	}

	public Path archive(String finess, LocalDate runDate) {
		return root.resolve(".archive").resolve(finess).resolve(runDate.toString());
	}

	public Path quarantine(String finess) {
		return root.resolve(".quarantine").resolve(finess);
	}

	/**
	 * Creates the establishment's {@code in/} and {@code out/} folders if they are
	 * missing.
	 */
	public void prepare(String finess) {
		try {
			Files.createDirectories(in(finess));
			Files.createDirectories(out(finess));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot create the drop folders of " + finess + " under " + root, e);
		}
	}

}
