package fr.relance.support.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Transaction helpers shared by the stages. */
public final class Transactions {

	private Transactions() {
	}

	/**
	 * A template whose work commits (or rolls back) on its own, whatever transaction the
	 * caller is in: for work that must be durable before the next file move, or that must
	 * not be undone with a later failure of the step.
	 */
	public static TransactionTemplate requiresNew(PlatformTransactionManager transactionManager) {
		TransactionTemplate template = new TransactionTemplate(transactionManager);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return template;
	}

	/**
	 * Work that needs the raw JDBC connection (COPY) of the current transaction, usually
	 * while reading a file.
	 */
	@FunctionalInterface
	public interface ConnectionWork<T> {

		T apply(Connection connection) throws SQLException, IOException;

	}

	/**
	 * Runs {@code work} on the connection bound to the current Spring transaction, so
	 * that a COPY and the Jdbi statements around it commit or roll back together.
	 */
	public static <T> T onBoundConnection(DataSource dataSource, String what, ConnectionWork<T> work) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return work.apply(connection);
		}
		catch (SQLException e) {
			throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(what + " could not read its file: " + e.getMessage(), e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
