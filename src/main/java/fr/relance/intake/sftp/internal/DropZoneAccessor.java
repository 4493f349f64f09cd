package fr.relance.intake.sftp.internal;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.sftp.server.DirectoryHandle;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.relance.intake.DerivedName;

import fr.relance.intake.sftp.internal.DropPath.Area;
import fr.relance.support.text.Printable;

/**
 * The access rules of an establishment inside its chroot (ops/sftp/README.md, "What an
 * account may do"): write new files in {@code in/} (a {@code *.part} may be rewritten,
 * then renamed), list and delete its waiting files there, read and list {@code out/}, see
 * nothing else. Every remote path goes through {@link #resolveLocalFilePath}, which
 * reduces it to a {@link DropPath} or refuses it; the operations then apply the rule of
 * their folder. Links, folders, ownership and permission changes are refused everywhere.
 * <p>
 * A file uploaded under its final name is written under a temporary {@code *.part} name
 * and renamed when the client closes it, so that intake never sees half a file; a
 * transfer cut off keeps its temporary name. Every upload is bounded by the account's
 * size limit, and a new file is refused once the account has its number of files per
 * night waiting in {@code in/}.
 */
public final class DropZoneAccessor extends RefusingAccessor {

	/**
	 * Set on a handle the client closed itself: its upload is complete (a cut connection
	 * closes handles too).
	 */
	static final AttributeKey<Boolean> CLOSED_BY_CLIENT = new AttributeKey<>();

	/** The temporary name of an upload to a final name, on its handle. */
	private static final AttributeKey<Path> TEMPORARY = new AttributeKey<>();

	private static final Logger log = LoggerFactory.getLogger("relance.sftp");

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public Path resolveLocalFilePath(SftpSubsystemProxy subsystem, Path rootDir, String remotePath) throws IOException {
		Path resolved = super.resolveLocalFilePath(subsystem, rootDir, remotePath);
		DropPath target = DropPath.parse(resolved);
		target.checkLocal(root(subsystem));
		return rootDir.getFileSystem().getPath(target.virtual());
	}

	@Override
	public SeekableByteChannel openFile(SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file, String handle,
			Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
		DropPath target = DropPath.parse(file);
		boolean write = options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
		if (target.isFolder()) {
			throw DropPath.denied(target.virtual(), "is a folder");
		}
		if (!write) {
			if (target.area() != Area.OUT) {
				throw DropPath.denied(target.virtual(), "files can be read only in out/");
			}
			Set<OpenOption> noFollow = new HashSet<>(options);
			noFollow.add(LinkOption.NOFOLLOW_LINKS);
			return FileChannel.open(file, noFollow);
		}
		SftpAccount account = account(subsystem);
		checkWritable(account, target, options);
		Path local = target.checkLocal(account.root());
		if (!Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
			checkFileCount(account, target);
		}
		// the client's permission bits are ignored: files get the engine's own mode
		if (target.isPart()) {
			Set<OpenOption> noFollow = new HashSet<>(options);
			noFollow.add(LinkOption.NOFOLLOW_LINKS);
			return new BoundedUpload(FileChannel.open(file, noFollow), account.limit().maxFileSize(), target.virtual());
		}
		Path temporary = file.resolveSibling(DerivedName.of("", target.name(), "." + randomHex() + ".part"));
		Set<OpenOption> create = new HashSet<>(
				Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW, LinkOption.NOFOLLOW_LINKS));
		if (options.contains(StandardOpenOption.APPEND)) {
			create.add(StandardOpenOption.APPEND);
		}
		fileHandle.setAttribute(TEMPORARY, temporary);
		return new BoundedUpload(FileChannel.open(temporary, create), account.limit().maxFileSize(), target.virtual());
	}

	/**
	 * A complete upload to a final name takes that name; a cut one keeps its temporary
	 * name.
	 */
	@Override
	public void closeFile(SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file, String handle,
			Channel channel, Set<? extends OpenOption> options) throws IOException {
		Path temporary = fileHandle.getAttribute(TEMPORARY);
		boolean complete = Boolean.TRUE.equals(fileHandle.getAttribute(CLOSED_BY_CLIENT));
		if (channel instanceof BoundedUpload upload && upload.isOpen() && complete) {
			upload.force();
		}
		channel.close();
		if (temporary == null) {
			return;
		}
		if (!complete) {
			log.info("upload cut off: kept as {}", Printable.of(temporary));
			return;
		}
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(DropPath.parse(file).virtual(), null,
					"a file of that name arrived meanwhile: your upload is kept under " + temporary.getFileName());
		}
		Files.move(temporary, file);
		Durable.forceFolder(account(subsystem).in());
	}

	@Override
	public void syncFileData(SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file, String handle,
			Channel channel) throws IOException {
		if (channel instanceof BoundedUpload upload) {
			upload.force();
		}
		else {
			super.syncFileData(subsystem, fileHandle, file, handle, channel);
		}
	}

	private static String randomHex() {
		byte[] bytes = new byte[4];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * Files waiting in {@code in/} (uploads under way included): one night takes at most
	 * this many.
	 */
	private static void checkFileCount(SftpAccount account, DropPath target) throws IOException {
		long waiting;
		try (Stream<Path> entries = Files.list(account.in())) {
			waiting = entries.filter(entry -> Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)).count();
		}
		if (waiting >= account.limit().maxFilesPerNight()) {
			throw new BoundedUpload.QuotaExceeded(target.virtual(), account.limit().maxFilesPerNight()
					+ " files are already waiting in in/, the most one night takes: upload this one after the next night");
		}
	}

	private void checkWritable(SftpAccount account, DropPath target, Set<? extends OpenOption> options)
			throws IOException {
		if (target.area() != Area.IN) {
			throw DropPath.denied(target.virtual(), "files can be written only in in/");
		}
		if (options.contains(StandardOpenOption.READ)) {
			throw DropPath.denied(target.virtual(), "files in in/ cannot be read back");
		}
		Path local = target.checkLocal(account.root());
		if (!target.isPart() && Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(target.virtual(), null,
					"a delivered file cannot be overwritten: upload under a new name");
		}
	}

	@Override
	public DirectoryStream<Path> openDirectory(SftpSubsystemProxy subsystem, DirectoryHandle dirHandle, Path dir,
			String handle, LinkOption... linkOptions) throws IOException {
		DropPath target = DropPath.parse(dir);
		if (!target.isFolder()) {
			throw DropPath.denied(target.virtual(), "not a folder");
		}
		if (target.area() == Area.ROOT) {
			return Files.newDirectoryStream(dir, DropZoneAccessor::isDropFolder);
		}
		return Files.newDirectoryStream(dir, entry -> Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS));
	}

	private static boolean isDropFolder(Path entry) {
		String name = String.valueOf(entry.getFileName());
		return (name.equals("in") || name.equals("out")) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
	}

	@Override
	public void renameFile(SftpSubsystemProxy subsystem, Path oldPath, Path newPath, Collection<CopyOption> opts)
			throws IOException {
		DropPath from = DropPath.parse(oldPath);
		DropPath to = DropPath.parse(newPath);
		if (from.area() != Area.IN || to.area() != Area.IN || from.isFolder() || to.isFolder()) {
			throw DropPath.denied(from.virtual(), "files can be renamed only inside in/");
		}
		if (!from.isPart()) {
			throw DropPath.denied(from.virtual(), "only an upload named *.part (or *.filepart) can be renamed");
		}
		from.requireExisting(root(subsystem));
		if (Files.exists(to.checkLocal(root(subsystem)), LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(to.virtual(), null, "a file of that name is already waiting");
		}
		Files.move(oldPath, newPath);
	}

	@Override
	public void removeFile(SftpSubsystemProxy subsystem, Path path, boolean isDirectory) throws IOException {
		DropPath target = DropPath.parse(path);
		if (isDirectory || target.isFolder() || target.area() != Area.IN) {
			throw DropPath.denied(target.virtual(), "only files waiting in in/ can be deleted");
		}
		target.requireExisting(root(subsystem));
		Files.delete(path);
	}

	@Override
	public void setFileAttribute(SftpSubsystemProxy subsystem, Path file, String view, String attribute, Object value,
			LinkOption... options) throws IOException {
		DropPath target = DropPath.parse(file);
		boolean time = attribute.endsWith("Time") && "basic".equals(view);
		if (!time || target.area() != Area.IN || target.isFolder()) {
			// clients that keep the original dates of an upload still work; nothing else
			// can be changed
			throw DropPath.denied(target.virtual(), "only the dates of files in in/ can be changed");
		}
		super.setFileAttribute(subsystem, file, view, attribute, value, LinkOption.NOFOLLOW_LINKS);
	}

	private static Path root(SftpSubsystemProxy subsystem) throws IOException {
		return account(subsystem).root();
	}

	private static SftpAccount account(SftpSubsystemProxy subsystem) throws IOException {
		return KeyAuthenticator.accountOf(subsystem.getServerSession())
			.orElseThrow(() -> DropPath.denied("/", "not logged in"));
	}

}
