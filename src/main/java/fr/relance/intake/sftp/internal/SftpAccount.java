package fr.relance.intake.sftp.internal;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;

import fr.relance.intake.DeliveryLimit;

/**
 * The SFTP account of one establishment.
 *
 * @param user login name ({@code sftp.user}, default the FINESS)
 * @param finess establishment it belongs to
 * @param root its chroot, {@code <drop>/<FINESS>}, as a real path (symbolic links
 * resolved at start)
 * @param keys public keys allowed to log in, in the order of the establishment file
 * @param limit the most it may deliver: size of one file, files waiting at once
 */
public record SftpAccount(String user, String finess, Path root, List<PublicKey> keys, DeliveryLimit limit) {

	public SftpAccount {
		keys = List.copyOf(keys);
	}

	public Path in() {
		return root.resolve("in");
	}

	public Path out() {
		return root.resolve("out");
	}

}
