package fr.relance.intake.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.intake.DeliveryLimit;
import fr.relance.intake.DropZone;
import fr.relance.intake.IntakeProperties;
import fr.relance.intake.sftp.internal.ConnectionLog;
import fr.relance.intake.sftp.internal.DropZoneAccessor;
import fr.relance.intake.sftp.internal.KeyAuthenticator;
import fr.relance.intake.sftp.internal.SftpAccount;
import fr.relance.intake.sftp.internal.SftpAccounts;
import fr.relance.intake.sftp.internal.TransferLog;
import fr.relance.intake.sftp.internal.UploadCompletion;

/**
 * The embedded SFTP server of the drop zone: one public-key account per establishment
 * file, chrooted to {@code <drop>/<FINESS>}, with the access rules of ops/sftp/README.md.
 * No shell, no command, no forwarding. The host key is generated once at {@code hostKey}
 * and reused, so clients that pinned it keep trusting the server; logins and refusals are
 * appended to {@code connections.log} beside it.
 */
public final class SftpServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SftpServer.class);

	private final EstablishmentDirectory establishments;

	private final DropZone dropZone;

	private final Path hostKey;

	private final SshServer sshd;

	private final DeliveryLimit defaults;

	/**
	 * @param hostKey file of the persistent host key (created with its folder if missing)
	 * @param bind address to listen on ({@code 0.0.0.0} for every interface)
	 * @param port TCP port; 0 picks a free one (tests), read it back with
	 * {@link #getPort()}
	 */
	public SftpServer(EstablishmentDirectory establishments, DropZone dropZone, Path hostKey, String bind, int port) {
		this(establishments, dropZone, hostKey, bind, port, new DeliveryLimit(
				IntakeProperties.DEFAULT_MAX_FILE_SIZE.toBytes(), IntakeProperties.DEFAULT_MAX_FILES_PER_NIGHT));
	}

	/**
	 * @param defaults delivery limits of the establishments that do not set their own
	 */
	public SftpServer(EstablishmentDirectory establishments, DropZone dropZone, Path hostKey, String bind, int port,
			DeliveryLimit defaults) {
		this.defaults = defaults;
		this.establishments = establishments;
		this.dropZone = dropZone;
		this.hostKey = hostKey;
		this.sshd = SshServer.setUpDefaultServer();
		sshd.setHost(bind);
		sshd.setPort(port);
	}

	/**
	 * Reads the accounts, creates the missing drop folders and host key, then listens.
	 */
	public void start() throws IOException {
		SftpAccounts accounts = SftpAccounts.of(establishments, dropZone, defaults);
		Files.createDirectories(hostKey.toAbsolutePath().getParent());
		SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKey);
		keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
		keys.setKeySize(256);
		sshd.setKeyPairProvider(keys);
		sshd.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
		ConnectionLog connections = new ConnectionLog(connectionLog(), Clock.systemUTC());
		sshd.setPublickeyAuthenticator(new KeyAuthenticator(accounts, connections));
		sshd.setPasswordAuthenticator(null);
		sshd.setKeyboardInteractiveAuthenticator(null);
		sshd.setHostBasedAuthenticator(null);
		sshd.setGSSAuthenticator(null);
		sshd.setShellFactory(null);
		sshd.setCommandFactory(null);
		sshd.setAgentFactory(null);
		sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
		CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, 6);
		CoreModuleProperties.AUTH_TIMEOUT.set(sshd, Duration.ofSeconds(60));
		sshd.setFileSystemFactory(chroots(accounts));
		SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().withFileSystemAccessor(new DropZoneAccessor())
			.build();
		sftp.addSftpEventListener(new TransferLog());
		sftp.addSftpEventListener(new UploadCompletion());
		sshd.setSubsystemFactories(List.of(sftp));
		sshd.addSessionListener(connections);
		sshd.start();
		log.info("SFTP server listening on {}:{} for {} establishment accounts; host key {}", sshd.getHost(), getPort(),
				accounts.all().size(), hostKeyFingerprint());
	}

	private static VirtualFileSystemFactory chroots(SftpAccounts accounts) {
		VirtualFileSystemFactory chroots = new VirtualFileSystemFactory();
		for (SftpAccount account : accounts.all()) {
			chroots.setUserHomeDir(account.user(), account.root());
		}
		return chroots;
	}

	/** Sessions connected now. */
	public int openSessions() {
		return sshd.getActiveSessions().size();
	}

	public int getPort() {
		return sshd.getPort();
	}

	/**
	 * Where logins and refused logins are written: {@code connections.log} beside the
	 * host key.
	 */
	public Path connectionLog() {
		return hostKey.toAbsolutePath().resolveSibling("connections.log");
	}

	/**
	 * The SHA-256 fingerprint establishments compare with what their client shows at
	 * first connection.
	 */
	public String hostKeyFingerprint() {
		try {
			KeyPair pair = sshd.getKeyPairProvider().loadKeys(null).iterator().next();
			return KeyUtils.getFingerPrint(pair.getPublic());
		}
		catch (IOException | java.security.GeneralSecurityException e) {
			throw new UncheckedIOException(new IOException("cannot read the host key " + hostKey, e));
		}
	}

	/** Closes every session at once and stops listening. */
	public void stop() throws IOException {
		if (sshd.isStarted()) {
			sshd.stop(true);
			log.info("SFTP server stopped");
		}
	}

	@Override
	public void close() throws IOException {
		stop();
	}

}
