package fr.relance.output.letters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.Establishment.Pull;
import fr.relance.intake.sftp.RemoteFolder;
import fr.relance.output.letters.internal.PrintPushDao;
import fr.relance.output.letters.internal.PrintPushDao.Waiting;
import fr.relance.support.text.Printable;

/**
 * Sends an establishment's print files to its print provider
 * ({@code letters.printProvider}: host, port, user, folder, the engine's private key and
 * a known_hosts file pinning the provider's host key), with the SFTP client the pulls
 * use. Tonight's batches are recorded as waiting once they are registered; each waiting
 * batch is then pushed, its index first and its PDF last, each under a temporary name
 * renamed when complete, and recorded as pushed. A batch already recorded is never pushed
 * again; one that could not be pushed waits for the next night and is sent from the file
 * already written, never rendered again.
 */
public class PrintPush {

	private static final Logger log = LoggerFactory.getLogger(PrintPush.class);

	/**
	 * @param pushed batches pushed now
	 * @param waiting batches still waiting (after a failure)
	 * @param error why the push stopped, naming the provider's server
	 */
	public record Outcome(int pushed, int waiting, Optional<String> error) {

		static final Outcome NONE = new Outcome(0, 0, Optional.empty());

	}

	private final Jdbi jdbi;

	private final Consumer<Path> afterUpload;

	public PrintPush(Jdbi jdbi) {
		this(jdbi, (file) -> {
		});
	}

	/**
	 * @param afterUpload called once a batch's files are complete on the provider's
	 * server and before the push is recorded: tests stop the engine there
	 */
	public PrintPush(Jdbi jdbi, Consumer<Path> afterUpload) {
		this.jdbi = jdbi;
		this.afterUpload = afterUpload;
	}

	/**
	 * Pushes tonight's batches and those still waiting; never throws for a problem on the
	 * provider's side.
	 */
	public Outcome push(Establishment establishment, LocalDate night) {
		Optional<Pull> provider = establishment.letters().printProvider();
		if (provider.isEmpty()) {
			return Outcome.NONE;
		}
		String finess = establishment.finess();
		List<Waiting> waiting = this.jdbi.withExtension(PrintPushDao.class, (dao) -> {
			dao.registerTonight(finess, night);
			return dao.waiting(finess);
		});
		if (waiting.isEmpty()) {
			return Outcome.NONE;
		}
		int pushed = 0;
		try (RemoteFolder folder = RemoteFolder.open(provider.get())) {
			for (Waiting batch : waiting) {
				Path file = Path.of(batch.filePath());
				if (batch.indexPath() != null) {
					Path index = Path.of(batch.indexPath());
					folder.upload(index, index.getFileName().toString());
				}
				String remote = folder.upload(file, file.getFileName().toString());
				this.afterUpload.accept(file);
				this.jdbi.useExtension(PrintPushDao.class, (dao) -> dao.pushed(batch.batch(), remote));
				pushed++;
				log.info("print provider of {}: pushed {}", finess, file.getFileName());
			}
			return new Outcome(pushed, 0, Optional.empty());
		}
		catch (IOException | RuntimeException e) {
			String error = provider.get().host() + ":" + provider.get().port() + ": " + message(e);
			List<Waiting> left = waiting.subList(pushed, waiting.size());
			this.jdbi.useExtension(PrintPushDao.class, (dao) -> left.forEach((b) -> dao.failed(b.batch(), error)));
			log.warn("print provider of {}: {} files not pushed: {}", finess, left.size(), Printable.of(error));
			return new Outcome(pushed, left.size(), Optional.of(error));
		}
	}

	private static String message(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
	}

}
