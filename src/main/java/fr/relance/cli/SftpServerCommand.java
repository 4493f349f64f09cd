package fr.relance.cli;

import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.intake.DropZone;
import fr.relance.intake.sftp.SftpServer;
import fr.relance.intake.sftp.SftpServerSettings;

/**
 * {@code sftp-server}: serves the drop zone to establishments over SFTP until SIGTERM or
 * Ctrl-C. It reads the establishment files and the drop folder only: no database, no
 * Spring context.
 */
class SftpServerCommand implements Command {

	@Override
	public String name() {
		return "sftp-server";
	}

	@Override
	public String summary() {
		return "serve the drop zone over SFTP (one key-only account per establishment) until stopped";
	}

	@Override
	public String usage() {
		return """
				usage: relance sftp-server [--port P] [--bind ADDRESS] [--host-key FILE] [options]

				Listens for establishments' SFTP clients until SIGTERM or Ctrl-C. Each establishment file
				(<establishments>/<FINESS>.yml) is one account: login sftp.user (default the FINESS), public keys
				sftp.publicKeys, no password. It sees only <drop>/<FINESS>: it writes in in/, reads in out/.
				Connections and refused logins go to <host-key folder>/connections.log. Restart it after changing
				an establishment file. See ops/sftp/README.md.
				  --port P              listening port (default 2222; 0 picks a free one)
				  --bind ADDRESS        listening address (default 0.0.0.0, every interface)
				  --host-key FILE       persistent host key, created at first start (default <home>/sftp/host-key)
				  --home DIR            engine home (default ./var)
				  --drop DIR            drop-zone root (default <home>/drop)
				  --jobs DIR            job definitions (default ./jobs)
				  --establishments DIR  establishment files (default <jobs>/establishments)
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws Exception {
		arguments.checkOptions(Set.of("home", "drop", "jobs", "establishments", "port", "bind", "host-key"));
		SftpServerSettings settings = SftpServerSettings.resolve(arguments::option, System.getenv());
		quietLibraries();
		SftpServer server = new SftpServer(new EstablishmentDirectory(settings.establishments()),
				new DropZone(settings.drop()), settings.hostKey(), settings.bind(), settings.port(), settings.limits());
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.stop();
			}
			catch (Exception e) {
				console.err().println("relance: the SFTP server did not stop cleanly: " + e.getMessage());
			}
			finally {
				stopped.countDown();
			}
		}, "sftp-server-stop"));
		server.start();
		console.out()
			.println("SFTP server on " + settings.bind() + ":" + server.getPort() + ", drop zone "
					+ settings.drop().toAbsolutePath() + ", establishments "
					+ settings.establishments().toAbsolutePath());
		console.out()
			.println("Host key " + server.hostKeyFingerprint() + " (" + settings.hostKey().toAbsolutePath()
					+ "); connection log " + server.connectionLog());
		console.out().println("Stop with Ctrl-C or SIGTERM.");
		stopped.await();
		return ExitCode.OK;
	}

	/**
	 * Without Spring, logback would print every library's debug lines: keep ours at INFO,
	 * MINA's at WARN.
	 */
	private static void quietLibraries() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
			logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
			logback.getLogger("org.apache.sshd").setLevel(Level.WARN);
		}
	}

}
