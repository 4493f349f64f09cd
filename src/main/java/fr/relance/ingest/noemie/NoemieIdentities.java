package fr.relance.ingest.noemie;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import fr.relance.ingest.FileRefusedException;
import fr.relance.intake.SourceFile;
import fr.relance.formats.noemie.FileIdentity;
import fr.relance.formats.noemie.NoemieHeader;

/**
 * NOEMIE files known by their header identity (table {@code noemie_file}): the same
 * return re-sent under other bytes (other line ends, re-exported by a vendor) is refused
 * as {@code DUPLICATE_REMITTANCE}. The claim is part of the file's transaction, so a
 * refused file leaves no identity behind and may be sent again once fixed.
 */
final class NoemieIdentities {

	private NoemieIdentities() {
	}

	/**
	 * Records the identity of the file, or refuses it when an imported file already has
	 * it.
	 */
	static void claim(Connection connection, SourceFile file, NoemieHeader header) throws SQLException {
		FileIdentity identity = header.identity();
		try (PreparedStatement st = connection.prepareStatement("""
				SELECT f.original_name, f.run_date FROM noemie_file n JOIN source_file f ON f.id = n.source_file_id
				WHERE n.finess = ? AND n.sender_type = ? AND n.sender_number = ? AND n.file_id = ?
				    AND n.creation_date_raw = ?
				""")) {
			bindIdentity(st, file.finess(), identity);
			try (ResultSet rs = st.executeQuery()) {
				if (rs.next()) {
					throw new FileRefusedException(
							NoemieRefusals.duplicateIdentity(rs.getString(1), rs.getDate(2).toLocalDate().toString()));
				}
			}
		}
		try (PreparedStatement st = connection.prepareStatement("""
				INSERT INTO noemie_file (finess, sender_type, sender_number, file_id, creation_date_raw, source_file_id,
				    norm, flow_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")) {
			bindIdentity(st, file.finess(), identity);
			st.setLong(6, file.id());
			st.setString(7, header.norm());
			st.setString(8, String.valueOf(header.flowType()));
			st.executeUpdate();
		}
	}

	private static void bindIdentity(PreparedStatement st, String finess, FileIdentity identity) throws SQLException {
		st.setString(1, finess);
		st.setString(2, identity.senderType());
		st.setString(3, identity.senderNumber());
		st.setString(4, identity.fileId());
		st.setString(5, identity.creationDateRaw());
	}

}
