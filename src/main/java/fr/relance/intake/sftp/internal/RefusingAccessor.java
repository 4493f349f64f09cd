package fr.relance.intake.sftp.internal;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.PosixFilePermission;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

/**
 * The operations no establishment account may perform, whatever the path: folders, links,
 * copies on the server, permissions, owners, ACLs and extended attributes. Their refusal
 * reaches the client as "permission denied".
 */
abstract class RefusingAccessor implements SftpFileSystemAccessor {

	@Override
	public void createDirectory(SftpSubsystemProxy subsystem, Path path) throws IOException {
		throw DropPath.denied(path.toString(), "folders cannot be created");
	}

	@Override
	public void createLink(SftpSubsystemProxy subsystem, Path link, Path existing, boolean symLink) throws IOException {
		throw DropPath.denied(link.toString(), "links cannot be created");
	}

	@Override
	public String resolveLinkTarget(SftpSubsystemProxy subsystem, Path link) throws IOException {
		throw DropPath.denied(link.toString(), "not a link");
	}

	@Override
	public void copyFile(SftpSubsystemProxy subsystem, Path src, Path dst, Collection<CopyOption> opts)
			throws IOException {
		throw DropPath.denied(dst.toString(), "files cannot be copied on the server");
	}

	@Override
	public void setFilePermissions(SftpSubsystemProxy subsystem, Path path, Set<PosixFilePermission> perms,
			LinkOption... options) throws IOException {
		throw DropPath.denied(path.toString(), "permissions cannot be changed");
	}

	@Override
	public void setFileOwner(SftpSubsystemProxy subsystem, Path path, Principal value, LinkOption... options)
			throws IOException {
		throw DropPath.denied(path.toString(), "owners cannot be changed");
	}

	@Override
	public void setGroupOwner(SftpSubsystemProxy subsystem, Path path, Principal value, LinkOption... options)
			throws IOException {
		throw DropPath.denied(path.toString(), "groups cannot be changed");
	}

	@Override
	public void setFileAccessControl(SftpSubsystemProxy subsystem, Path path, List<AclEntry> acl, LinkOption... options)
			throws IOException {
		throw DropPath.denied(path.toString(), "access lists cannot be changed");
	}

	@Override
	public void applyExtensionFileAttributes(SftpSubsystemProxy subsystem, Path path, Map<String, byte[]> extensions,
			LinkOption... options) throws IOException {
		throw DropPath.denied(path.toString(), "extended attributes cannot be changed");
	}

}
