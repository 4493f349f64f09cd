package fr.relance.support.db;

import javax.sql.DataSource;

import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/** One Jdbi over Spring-managed connections, so DAO calls join the chunk transaction of the running step. */
@Configuration(proxyBeanMethods = false)
class JdbiConfiguration {

	@Bean
	Jdbi jdbi(DataSource dataSource) {
		Jdbi jdbi = Jdbi.create(new TransactionAwareDataSourceProxy(dataSource));
		jdbi.installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
		// the surrounding Spring transaction, not the handle, decides commit or rollback
		jdbi.getConfig(Handles.class).setForceEndTransactions(false);
		return jdbi;
	}

}
