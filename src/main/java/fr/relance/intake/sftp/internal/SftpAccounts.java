package fr.relance.intake.sftp.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentConfigException;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.intake.DeliveryLimit;
import fr.relance.intake.DropZone;

/**
 * One SFTP account per establishment, built once when the server starts (a changed
 * establishment file needs a restart). Creates each establishment's {@code in/} and
 * {@code out/} so that a first login finds them.
 */
public final class SftpAccounts {

	private static final Logger log = LoggerFactory.getLogger(SftpAccounts.class);

	private final Map<String, SftpAccount> byUser;

	private SftpAccounts(Map<String, SftpAccount> byUser) {
		this.byUser = byUser;
	}

	/**
	 * @param defaults the engine's delivery limits, for establishments that do not set
	 * their own
	 */
	public static SftpAccounts of(EstablishmentDirectory establishments, DropZone dropZone, DeliveryLimit defaults) {
		Map<String, SftpAccount> byUser = new LinkedHashMap<>();
		for (Establishment establishment : establishments.all()) {
			SftpAccount account = account(establishment, dropZone, defaults);
			SftpAccount clash = byUser.putIfAbsent(account.user(), account);
			if (clash != null) {
				throw new EstablishmentConfigException(establishment.finess() + ".yml: sftp.user '" + account.user()
						+ "' is already the login of establishment " + clash.finess());
			}
		}
		return new SftpAccounts(byUser);
	}

	public Optional<SftpAccount> find(String user) {
		return Optional.ofNullable(user == null ? null : byUser.get(user));
	}

	public Collection<SftpAccount> all() {
		return byUser.values();
	}

	private static SftpAccount account(Establishment establishment, DropZone dropZone, DeliveryLimit defaults) {
		String finess = establishment.finess();
		dropZone.prepare(finess);
		Path root;
		try {
			root = dropZone.establishmentRoot(finess).toRealPath();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot resolve the drop folder of " + finess, e);
		}
		List<PublicKey> keys = new ArrayList<>();
		List<String> lines = establishment.sftp().publicKeys();
		for (int i = 0; i < lines.size(); i++) {
			parse(finess, i + 1, lines.get(i)).ifPresent(keys::add);
		}
		if (keys.isEmpty()) {
			log.warn("establishment {} has no usable SFTP public key: nobody can log in as '{}'", finess,
					establishment.sftp().user());
		}
		return new SftpAccount(establishment.sftp().user(), finess, root, keys,
				DeliveryLimit.of(establishment, defaults.maxFileSize(), defaults.maxFilesPerNight()));
	}

	/**
	 * Parses one OpenSSH public key line; a key type this build cannot verify is skipped
	 * with a warning.
	 */
	static Optional<PublicKey> parse(String finess, int number, String line) {
		PublicKeyEntry entry;
		try {
			entry = PublicKeyEntry.parsePublicKeyEntry(line);
		}
		catch (IllegalArgumentException e) {
			entry = null;
		}
		if (entry == null) {
			// the parser's own message quotes the key text: keep it out of logs and
			// errors
			throw new EstablishmentConfigException(finess + ".yml: sftp.publicKeys #" + number
					+ " is not an OpenSSH public key line ('<type> <base64> [comment]')");
		}
		if (KeyUtils.getPublicKeyEntryDecoder(entry.getKeyType()) == null) {
			log.warn("{}.yml: sftp.publicKeys #{} of type {} is not supported by this build and is ignored", finess,
					number, entry.getKeyType());
			return Optional.empty();
		}
		try {
			return Optional.of(entry.resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.FAILING));
		}
		catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
			throw new EstablishmentConfigException(finess + ".yml: sftp.publicKeys #" + number
					+ " cannot be decoded as a " + entry.getKeyType() + " key");
		}
	}

}
