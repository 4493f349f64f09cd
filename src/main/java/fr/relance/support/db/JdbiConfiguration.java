package fr.relance.support.db;

import javax.sql.DataSource;

import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import fr.relance.support.config.RelanceProperties;

/**
 * One Jdbi over Spring-managed connections, so DAO calls join the chunk transaction of
 * the running step; the database timeouts of every pool.
 */
@Configuration(proxyBeanMethods = false)
class JdbiConfiguration {

	/**
	 * Static: a post-processor is created before the other beans; it reads the properties
	 * when a pool appears.
	 */
	@Bean
	static DatabaseTimeoutsPostProcessor databaseTimeouts(ObjectProvider<RelanceProperties> properties) {
		return new DatabaseTimeoutsPostProcessor(properties);
	}

	@Bean
	Jdbi jdbi(DataSource dataSource) {
		Jdbi jdbi = Jdbi.create(new TransactionAwareDataSourceProxy(dataSource));
		jdbi.installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
		// the surrounding Spring transaction, not the handle, decides commit or rollback
		jdbi.getConfig(Handles.class).setForceEndTransactions(false);
		// a failed statement's message reaches the logs: its SQL, never its bound values
		// (names, addresses...)
		jdbi.getConfig(StatementExceptions.class).setMessageRendering(JdbiConfiguration::withoutValues);
		return jdbi;
	}

	static String withoutValues(StatementException e) {
		String sql = e.getStatementContext() == null ? null : e.getStatementContext().getRawSql();
		if (sql == null) {
			return e.getShortMessage();
		}
		String oneLine = sql.strip().replaceAll("\\s+", " ");
		return e.getShortMessage() + " [statement: "
				+ (oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine) + "]";
	}

}
