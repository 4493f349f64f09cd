package fr.relance.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.output.internal.FileCommit;
import fr.relance.output.internal.OutputDao;
import fr.relance.support.db.Transactions;

/**
 * Exactly-once emission of one batch part: the file is rendered under a temporary name,
 * synced and renamed to its final name (its companions and archive copies likewise), then
 * one transaction of its own registers the part in {@code output_batch} with its SHA-256
 * and marks its actions emitted tonight. A crash before that transaction leaves the
 * actions planned and the final file unregistered: the rerun renders it again, and since
 * rendering depends on the night and the database only, the new bytes are the old ones.
 */
public class EmissionProtocol {

	private static final Logger log = LoggerFactory.getLogger(EmissionProtocol.class);

	/** Renders the main file of a part into {@code out}. */
	@FunctionalInterface
	public interface PartWriter {

		RenderedPart write(OutputStream out) throws IOException;

	}

	private final Jdbi jdbi;

	private final TransactionTemplate ownTransaction;

	private final Consumer<BatchPart> beforeRegistration;

	public EmissionProtocol(Jdbi jdbi, PlatformTransactionManager transactionManager) {
		this(jdbi, transactionManager, (part) -> {
		});
	}

	/**
	 * @param beforeRegistration called once a part's files are final and before it is
	 * registered: tests stop the engine there
	 */
	public EmissionProtocol(Jdbi jdbi, PlatformTransactionManager transactionManager,
			Consumer<BatchPart> beforeRegistration) {
		this.jdbi = jdbi;
		this.ownTransaction = Transactions.requiresNew(transactionManager);
		this.beforeRegistration = beforeRegistration;
	}

	/**
	 * Parts of this kind registered for the establishment's night so far, and the actions
	 * they hold.
	 */
	public RegisteredParts registered(String finess, BatchKind kind, LocalDate night) {
		return this.jdbi.withExtension(OutputDao.class, (dao) -> dao.registered(finess, kind.code(), night));
	}

	/**
	 * Writes the part's files, then registers it and emits its actions; returns what was
	 * rendered.
	 */
	public RenderedPart publish(BatchPart part, PartWriter writer) {
		RenderedPart rendered = FileCommit.write(part.file(), writer::write);
		rendered.companions().forEach(FileCommit::write);
		part.copies().forEach((copy) -> FileCommit.copy(part.file(), copy));
		String sha256 = FileCommit.sha256(part.file());
		this.beforeRegistration.accept(part);
		this.ownTransaction.executeWithoutResult((status) -> this.jdbi.useExtension(OutputDao.class, (dao) -> {
			long batch = dao.registerBatch(part.finess(), part.kind().code(), part.night(), part.sequence(),
					absolute(part.file()), rendered.actions().size(), sha256, rendered.pages(),
					rendered.companions().keySet().stream().findFirst().map(EmissionProtocol::absolute).orElse(null),
					part.copies().stream().findFirst().map(EmissionProtocol::absolute).orElse(null));
			int marked = Arrays.stream(dao.markEmitted(batch, part.night(), rendered.actions())).sum();
			if (marked != rendered.actions().size()) {
				throw new IllegalStateException("batch " + part.file().getFileName() + ": " + marked + " of "
						+ rendered.actions().size() + " actions were still planned; nothing of it is registered");
			}
		}));
		log.info("output {} {} part {}: {} actions, {} pages in {}", part.finess(), part.kind().code(), part.sequence(),
				rendered.actions().size(), rendered.pages(), part.file());
		return rendered;
	}

	/**
	 * Stored absolute: ops look a file up from anywhere, whatever folder the engine ran
	 * from.
	 */
	private static String absolute(Path path) {
		return path.toAbsolutePath().normalize().toString();
	}

}
