package fr.relance.intake.sftp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.Attributes;
import org.apache.sshd.sftp.client.SftpClient.DirEntry;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpException;

import fr.relance.establishment.Establishment.Pull;

/**
 * An SFTP session on a remote server (an establishment's, to pull its files; a print
 * provider's, for the output stage to push print files), opened with the engine's private
 * key and only if the server's host key is pinned in the configured known_hosts file (no
 * trust on first use, no ~/.ssh configuration read).
 */
public final class RemoteFolder implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/**
	 * A plain file of the remote folder.
	 *
	 * @param modified modification time in seconds, to notice a file still being written
	 */
	public record RemoteFile(String name, String path, long size, long modified) {
	}

	/** A download forced to disk: its size and lower-case hexadecimal SHA-256. */
	public record Download(long size, String sha256) {
	}

	private final SshClient client;

	private final SftpClient sftp;

	private final String folder;

	private RemoteFolder(SshClient client, SftpClient sftp, String folder) {
		this.client = client;
		this.sftp = sftp;
		this.folder = folder.endsWith("/") ? folder : folder + "/";
	}

	public static RemoteFolder open(Pull pull) throws IOException {
		SshClient client = SshClient.setUpDefaultClient();
		client.setServerKeyVerifier(
				new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, Path.of(pull.knownHosts())));
		client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
		client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
		client.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
		CoreModuleProperties.IDLE_TIMEOUT.set(client, Duration.ofMinutes(2));
		client.start();
		try {
			ClientSession session = client.connect(pull.user(), pull.host(), pull.port()).verify(TIMEOUT).getSession();
			for (KeyPair key : privateKeys(pull)) {
				session.addPublicKeyIdentity(key);
			}
			session.auth().verify(TIMEOUT);
			return new RemoteFolder(client, SftpClientFactory.instance().createSftpClient(session), pull.path());
		}
		catch (IOException | RuntimeException e) {
			client.stop();
			throw e;
		}
	}

	private static List<KeyPair> privateKeys(Pull pull) throws IOException {
		List<KeyPair> keys = new ArrayList<>();
		try {
			new FileKeyPairProvider(Path.of(pull.privateKey())).loadKeys(null).forEach(keys::add);
		}
		catch (RuntimeException e) {
			throw new IOException("cannot read the private key " + pull.privateKey(), e);
		}
		if (keys.isEmpty()) {
			throw new IOException("no private key (without passphrase) in " + pull.privateKey());
		}
		return keys;
	}

	/** The plain files of the folder, in name order. */
	public List<RemoteFile> list() throws IOException {
		List<RemoteFile> files = new ArrayList<>();
		for (DirEntry entry : sftp.readDir(folder)) {
			Attributes attributes = entry.getAttributes();
			if (attributes.isRegularFile()) {
				files.add(file(entry.getFilename(), attributes));
			}
		}
		files.sort((a, b) -> a.name().compareTo(b.name()));
		return files;
	}

	public RemoteFile stat(RemoteFile file) throws IOException {
		return file(file.name(), sftp.stat(file.path()));
	}

	private RemoteFile file(String name, Attributes attributes) {
		long modified = attributes.getModifyTime() == null ? 0 : attributes.getModifyTime().toMillis() / 1000;
		return new RemoteFile(name, folder + name, attributes.getSize(), modified);
	}

	/**
	 * Copies the remote file to {@code target} (created or truncated), hashing it on the
	 * way, then forces it to disk.
	 */
	public Download download(RemoteFile file, Path target) throws IOException {
		MessageDigest sha = sha256();
		long size = 0;
		try (InputStream in = new DigestInputStream(sftp.read(file.path()), sha);
				FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)) {
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
				while (chunk.hasRemaining()) {
					out.write(chunk);
				}
				size += n;
			}
			out.force(true);
		}
		return new Download(size, HexFormat.of().formatHex(sha.digest()));
	}

	/**
	 * Puts a local file into the folder under {@code name}: written as
	 * {@code <name>.part}, then renamed, so the other side never sees a partial file
	 * under its final name. A file already there under that name (an earlier push that
	 * stopped before it was recorded) is replaced. Returns the remote path.
	 */
	public String upload(Path local, String name) throws IOException {
		String part = folder + name + ".part";
		String target = folder + name;
		try (OutputStream out = sftp.write(part)) {
			java.nio.file.Files.copy(local, out);
		}
		try {
			sftp.remove(target);
		}
		catch (SftpException absent) {
			// nothing to replace: the usual case
		}
		sftp.rename(part, target);
		return target;
	}

	public void delete(RemoteFile file) throws IOException {
		sftp.remove(file.path());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			sftp.close();
		}
		finally {
			client.stop();
		}
	}

}
