package fr.relance.support.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;

@EngineTest
class MigrationsTests {

	@Autowired
	Jdbi jdbi;

	@Test
	void createsTheDataModelTheJobRepositoryAndTheQuartzStore() {
		List<String> tables = jdbi.withHandle(h -> h.createQuery("""
				SELECT lower(table_name) FROM information_schema.tables
				WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
				""").mapTo(String.class).list());
		assertThat(tables).contains("establishment", "source_file", "patient", "invoice", "invoice_part", "remittance",
				"remittance_line", "payment", "allocation", "dunning_case", "dunning_action", "output_batch",
				"batch_job_instance", "batch_step_execution", "qrtz_job_details", "qrtz_scheduler_state");
	}

	@Test
	void keepsMoneyAsNumericNeverFloatingPoint() {
		List<String> floatColumns = jdbi.withHandle(h -> h.createQuery("""
				SELECT table_name || '.' || column_name FROM information_schema.columns
				WHERE table_schema = 'public' AND data_type IN ('real', 'double precision')
				""").mapTo(String.class).list());
		assertThat(floatColumns).isEmpty();
	}

	@Test
	void refusesAnAllocationWithoutExactlyOneSource() {
		String sql = "INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on) VALUES (1, 1, 'payment', now())";
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(sql)))
			.hasMessageContaining("violates");
	}

}
