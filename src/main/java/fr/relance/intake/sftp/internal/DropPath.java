package fr.relance.intake.sftp.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A path an establishment names inside its chroot, reduced to what may exist there: the
 * root, {@code in/}, {@code out/}, or one file directly in one of them. Anything else
 * (other names, sub-folders, {@code ..} above the root) is refused before the file system
 * is touched.
 *
 * @param area the folder
 * @param name file name inside the folder, {@code null} for the folder itself
 */
record DropPath(Area area, String name) {

	enum Area {

		ROOT(""), IN("in"), OUT("out");

		private final String folder;

		Area(String folder) {
			this.folder = folder;
		}

	}

	static DropPath parse(Path path) throws AccessDeniedException {
		Deque<String> names = new ArrayDeque<>();
		for (Path element : path) {
			String name = element.toString();
			if (name.isEmpty() || name.equals(".")) {
				continue;
			}
			if (name.equals("..")) {
				if (names.pollLast() == null) {
					throw denied(path.toString(), "outside your folder");
				}
				continue;
			}
			names.addLast(name);
		}
		if (names.isEmpty()) {
			return new DropPath(Area.ROOT, null);
		}
		String folder = names.pollFirst();
		Area area = folder.equals("in") ? Area.IN : folder.equals("out") ? Area.OUT : null;
		if (area == null || names.size() > 1) {
			throw denied(path.toString(), "only in/ and out/ and the files directly in them are reachable");
		}
		return new DropPath(area, names.pollFirst());
	}

	boolean isFolder() {
		return name == null;
	}

	/**
	 * An upload in progress: {@code *.part}, or {@code *.filepart} as WinSCP names its
	 * temporary files.
	 */
	boolean isPart() {
		return name != null && (name.endsWith(".part") || name.endsWith(".filepart"));
	}

	/** The canonical path inside the chroot: {@code /}, {@code /in}, {@code /in/name}. */
	String virtual() {
		String folder = area == Area.ROOT ? "/" : "/" + area.folder;
		return isFolder() ? folder : folder + "/" + name;
	}

	/**
	 * Refuses a path that a symbolic link (planted on the server side: establishments
	 * cannot create links) would lead out of its folder, and anything in {@code in/} or
	 * {@code out/} that is not a plain file.
	 */
	Path checkLocal(Path root) throws IOException {
		Path folder = root.resolve(area.folder);
		if (area != Area.ROOT) {
			if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
				throw denied(virtual(), "not a folder");
			}
			if (!folder.toRealPath().equals(root.resolve(area.folder))) {
				throw denied(virtual(), "outside your folder");
			}
		}
		if (isFolder()) {
			return folder;
		}
		Path file = folder.resolve(name);
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw denied(virtual(), "not a plain file");
		}
		return file;
	}

	Path requireExisting(Path root) throws IOException {
		Path local = checkLocal(root);
		if (!Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
			throw new NoSuchFileException(virtual());
		}
		return local;
	}

	static AccessDeniedException denied(String path, String reason) {
		return new AccessDeniedException(path, null, reason);
	}

}
