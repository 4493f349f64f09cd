package fr.relance.support.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.relance.support.config.RelanceProperties;

/**
 * Used when {@code spring.datasource.url} is not set: the embedded PostgreSQL of the engine home. With a URL, Boot's
 * own DataSource configuration applies and the same code runs on an external PostgreSQL 14+.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgres(RelanceProperties properties) {
		return EmbeddedPostgresServer.start(properties.home(), properties.databaseDirectory(),
				properties.embeddedDb().binaries(), properties.embeddedDb().fast());
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgresServer server) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.jdbcUrl());
		config.setUsername("postgres");
		config.setPassword(server.password());
		config.setMaximumPoolSize(8);
		config.setPoolName("relance");
		return new HikariDataSource(config);
	}

}
