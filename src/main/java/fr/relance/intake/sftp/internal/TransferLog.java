package fr.relance.intake.sftp.internal;

import java.nio.file.CopyOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;

import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.relance.support.text.Printable;

/**
 * Logs what establishments deposit and remove: one line per written file closed, rename
 * and deletion.
 */
public final class TransferLog implements SftpEventListener {

	private static final Logger log = LoggerFactory.getLogger("relance.sftp");

	@Override
	public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
		if (thrown == null && localHandle instanceof FileHandle file
				&& file.getOpenOptions().contains(StandardOpenOption.WRITE)) {
			log.info("upload user={} file={}", who(session), Printable.of(file.getFile()));
		}
	}

	@Override
	public void moved(ServerSession session, Path srcPath, Path dstPath, Collection<CopyOption> opts,
			Throwable thrown) {
		if (thrown == null) {
			log.info("rename user={} from={} to={}", who(session), Printable.of(srcPath), Printable.of(dstPath));
		}
	}

	@Override
	public void removed(ServerSession session, Path path, boolean isDirectory, Throwable thrown) {
		if (thrown == null) {
			log.info("delete user={} file={}", who(session), Printable.of(path));
		}
	}

	private static String who(ServerSession session) {
		return ConnectionLog.clean(session.getUsername());
	}

}
