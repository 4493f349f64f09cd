package fr.relance.reconcile.internal;

import fr.relance.support.db.SqlResources;

/** Reconciliation SQL, in {@code .sql} files beside these classes. */
final class SqlFiles {

	private SqlFiles() {
	}

	static String load(String name) {
		return SqlResources.load(SqlFiles.class, name);
	}

}
