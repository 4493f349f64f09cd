package fr.relance.ingest.ledger.internal;

import fr.relance.support.db.SqlResources;

/** Ledger SQL, in {@code .sql} files beside these classes. */
final class SqlFile {

	private SqlFile() {
	}

	static String load(String name) {
		return SqlResources.load(SqlFile.class, name);
	}

}
