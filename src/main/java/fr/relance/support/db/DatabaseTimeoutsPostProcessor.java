package fr.relance.support.db;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import fr.relance.support.config.DatabaseTimeouts;
import fr.relance.support.config.RelanceProperties;

/**
 * Gives every connection pool of the engine, embedded database or {@code --db-url}, the
 * timeouts of {@code relance.db.*}: without them a frozen database holds the night, and
 * the home lock, forever. Also keeps the rows' values out of database error messages.
 */
class DatabaseTimeoutsPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<RelanceProperties> properties;

	DatabaseTimeoutsPostProcessor(ObjectProvider<RelanceProperties> properties) {
		this.properties = properties;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			DatabaseTimeouts timeouts = this.properties.getObject().db();
			pool.setConnectionTimeout(timeouts.connectTimeout().toMillis());
			pool.addDataSourceProperty("connectTimeout", seconds(timeouts.connectTimeout()));
			pool.addDataSourceProperty("loginTimeout", seconds(timeouts.connectTimeout()));
			pool.addDataSourceProperty("socketTimeout", seconds(timeouts.socketTimeout()));
			// server side, in every session from its start (migrations included)
			pool.addDataSourceProperty("options", "-c statement_timeout=" + timeouts.statementTimeout().toMillis());
			// a database error's message reaches the logs: not the server's detail line,
			// which quotes row values
			// ("Failing row contains (...)": a patient's name and address)
			pool.addDataSourceProperty("logServerErrorDetail", "false");
		}
		return bean;
	}

	/** The driver counts whole seconds; less than one would mean "no timeout". */
	private static String seconds(java.time.Duration duration) {
		return Long.toString(Math.max(1, (duration.toMillis() + 999) / 1000));
	}

}
