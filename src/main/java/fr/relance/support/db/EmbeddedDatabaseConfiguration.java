package fr.relance.support.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.relance.support.config.RelanceProperties;

/**
 * Used when {@code spring.datasource.url} is not set: the embedded PostgreSQL of the
 * engine home. With a URL, Boot's own DataSource configuration applies and the same code
 * runs on an external PostgreSQL 14+.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgres(RelanceProperties properties) {
		return EmbeddedPostgresServer.start(properties.home(), properties.databaseDirectory(),
				properties.embeddedDb().binaries(), properties.embeddedDb().fast());
	}

	/**
	 * A pool that starts with its first connection, after the timeouts of every pool are
	 * set on it.
	 */
	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(server.jdbcUrl());
		pool.setUsername("postgres");
		pool.setPassword(server.password());
		pool.setMaximumPoolSize(8);
		pool.setPoolName("relance");
		return pool;
	}

}
