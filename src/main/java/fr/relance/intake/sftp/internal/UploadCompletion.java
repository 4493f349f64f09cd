package fr.relance.intake.sftp.internal;

import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;

/**
 * Tells a complete upload from a cut one: the client closes the handle of a file it
 * finished writing, whereas a dropped connection makes the server close every open handle
 * without that request.
 */
public final class UploadCompletion implements SftpEventListener {

	@Override
	public void closing(ServerSession session, String remoteHandle, Handle localHandle) {
		localHandle.setAttribute(DropZoneAccessor.CLOSED_BY_CLIENT, Boolean.TRUE);
	}

}
