package fr.relance.support.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;

/**
 * The binary COPY writer against the real database: every type read back as written, and
 * no half-copied rows.
 */
@EngineTest
class BinaryCopyWriterTests {

	private static final List<String> ALL = List.of("id", "n4", "n8", "label", "letter", "amount", "ratio", "exact",
			"day", "at", "flag", "ref", "codes");

	@Autowired
	Jdbi jdbi;

	@Test
	void everyTypeReadsBackAsWrittenNullsIncluded() throws Exception {
		UUID ref = UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
		Instant at = Instant.parse("2026-12-03T07:00:00.123456Z");
		List<Map<String, Object>> back = jdbi.inTransaction(h -> {
			createAll(h);
			try (BinaryCopyWriter copy = BinaryCopyWriter.into(h.getConnection(), "copy_all", ALL)) {
				copy.row()
					.integer(1)
					.integer(-2_147_483_648)
					.bigint(Long.MAX_VALUE)
					.text("Hélène Ñúñez 北京 😀 tab\there \"quoted\" back\\slash\nnew line")
					.text("É")
					.cents(-123_456_789L)
					.numeric(new BigDecimal("-0.0001"))
					.numeric(new BigDecimal("-98765432109876543210.123456789"))
					.date(LocalDate.of(1999, 12, 31))
					.timestamp(at)
					.bool(true)
					.uuid(ref)
					.textArray(List.of("GATE_INSURER_PENDING", "é,\"{}\\", ""));
				copy.row()
					.integer(2)
					.integer((Integer) null)
					.bigint((Long) null)
					.text(null)
					.text(null)
					.cents((Long) null)
					.numeric(null)
					.numeric(null)
					.date(null)
					.timestamp(null)
					.nullField()
					.uuid(null)
					.textArray(null);
				copy.row()
					.integer(3)
					.integer(0)
					.bigint(-1)
					.text("")
					.text(" ")
					.cents(0)
					.numeric(new BigDecimal("1E+3"))
					.numeric(new BigDecimal("0.00"))
					.date(LocalDate.of(2000, 1, 1))
					.timestamp(Instant.EPOCH)
					.bool(false)
					.uuid(new UUID(0, 0))
					.textArray(Arrays.asList("a", null));
				copy.row()
					.integer(4)
					.integer(7)
					.bigint(Long.MIN_VALUE)
					.text("x")
					.text("y")
					.cents(999_999_999_99L)
					.numeric(new BigDecimal("12.5"))
					.numeric(new BigDecimal("10000"))
					.date(LocalDate.of(2099, 12, 31))
					.timestamp(Instant.parse("1970-01-01T00:00:00.000000999Z"))
					.bool(true)
					.uuid(ref)
					.textArray(List.of());
				assertThat(copy.finish()).isEqualTo(4);
			}
			return h
				.createQuery(
						"""
								SELECT id, n4, n8, label, letter, amount::text AS amount, ratio::text AS ratio, exact::text AS exact,
								       day::text AS day, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS at, flag,
								       ref::text AS ref, codes::text AS codes, array_length(codes, 1) AS elements
								FROM copy_all ORDER BY id""")
				.mapToMap()
				.list();
		});

		assertThat(back.get(0)).containsEntry("n4", -2_147_483_648)
			.containsEntry("n8", Long.MAX_VALUE)
			.containsEntry("label", "Hélène Ñúñez 北京 😀 tab\there \"quoted\" back\\slash\nnew line")
			.containsEntry("letter", "É")
			.containsEntry("amount", "-1234567.89")
			.containsEntry("ratio", "-0.0001")
			.containsEntry("exact", "-98765432109876543210.123456789")
			.containsEntry("day", "1999-12-31")
			.containsEntry("at", "2026-12-03 07:00:00.123456")
			.containsEntry("flag", true)
			.containsEntry("ref", ref.toString())
			.containsEntry("codes", "{GATE_INSURER_PENDING,\"é,\\\"{}\\\\\",\"\"}")
			.containsEntry("elements", 3);
		assertThat(back.get(1)).containsEntry("id", 2)
			.containsEntry("n4", null)
			.containsEntry("n8", null)
			.containsEntry("label", null)
			.containsEntry("letter", null)
			.containsEntry("amount", null)
			.containsEntry("ratio", null)
			.containsEntry("exact", null)
			.containsEntry("day", null)
			.containsEntry("at", null)
			.containsEntry("flag", null)
			.containsEntry("ref", null)
			.containsEntry("codes", null);
		assertThat(back.get(2)).containsEntry("n4", 0)
			.containsEntry("n8", -1L)
			.containsEntry("label", "")
			.containsEntry("letter", " ")
			.containsEntry("amount", "0.00")
			.containsEntry("ratio", "1000.0000")
			.containsEntry("exact", "0.00")
			.containsEntry("day", "2000-01-01")
			.containsEntry("at", "1970-01-01 00:00:00.000000")
			.containsEntry("flag", false)
			.containsEntry("ref", "00000000-0000-0000-0000-000000000000")
			.containsEntry("codes", "{a,NULL}");
		assertThat(back.get(3)).containsEntry("n8", Long.MIN_VALUE)
			.containsEntry("amount", "999999999.99")
			.containsEntry("ratio", "12.5000")
			.containsEntry("exact", "10000")
			.containsEntry("day", "2099-12-31")
			.containsEntry("codes", "{}")
			.containsEntry("elements", null);
	}

	@Test
	void aNumericIsStoredAsTheSameValueWrittenAsTextWouldBe() throws Exception {
		Random random = new Random(13);
		List<BigDecimal> values = new ArrayList<>();
		for (String fixed : List.of("0", "0.00", "0.005", "-0.005", "1.005", "0.00005", "9999.99995", "-12.345",
				"123456789.99", "0.0001", "-0.01", "10000.00", "100000000", "99.99", "1E+2", "5E-12")) {
			values.add(new BigDecimal(fixed));
		}
		for (int i = 0; i < 20_000; i++) {
			values.add(BigDecimal.valueOf(random.nextLong() % 10_000_000_000_000L, random.nextInt(9)));
		}
		long differences = jdbi.inTransaction(h -> {
			h.execute("CREATE TEMP TABLE copy_numeric (written TEXT, money NUMERIC(12, 2), ratio NUMERIC(8, 4), "
					+ "free NUMERIC) ON COMMIT DROP");
			try (BinaryCopyWriter copy = BinaryCopyWriter.into(h.getConnection(), "copy_numeric",
					List.of("written", "money", "ratio", "free"))) {
				for (BigDecimal v : values) {
					boolean fits = v.abs().compareTo(new BigDecimal("9999")) < 0;
					copy.row()
						.text(v.toPlainString())
						.numeric(v.abs().compareTo(new BigDecimal("1E10")) < 0 ? v : null)
						.numeric(fits ? v : null)
						.numeric(v);
				}
				copy.finish();
			}
			return h.createQuery("""
					SELECT count(*) FROM copy_numeric
					WHERE money IS DISTINCT FROM CASE WHEN abs(written::numeric) < 1e10 THEN written::numeric(12, 2) END
					   OR ratio IS DISTINCT FROM CASE WHEN abs(written::numeric) < 9999 THEN written::numeric(8, 4) END
					   OR free::text <> written::numeric::text""").mapTo(Long.class).one();
		});

		assertThat(differences).isZero();
	}

	@Test
	void aLargeBatchIsStreamedWhole() throws Exception {
		int rows = 300_000;
		Map<String, Object> totals = jdbi.inTransaction(h -> {
			createAll(h);
			try (BinaryCopyWriter copy = BinaryCopyWriter.into(h.getConnection(), "copy_all", ALL)) {
				for (int i = 1; i <= rows; i++) {
					copy.row()
						.integer(i)
						.integer(i % 1000)
						.bigint(i * 1_000_000_007L)
						.text("Patient n°" + i)
						.text(i % 2 == 0 ? "P" : "I")
						.cents(i % 3 == 0 ? -i : i)
						.numeric(null)
						.numeric(null)
						.date(LocalDate.of(2026, 1, 1).plusDays(i % 365))
						.timestamp(null)
						.bool(i % 2 == 0)
						.uuid(null)
						.textArray(List.of());
				}
				assertThat(copy.finish()).isEqualTo(rows);
			}
			return h.createQuery("""
					SELECT count(*) AS rows, sum(amount) AS amount, count(DISTINCT label) AS labels,
					       sum(CASE WHEN flag THEN 1 ELSE 0 END) AS flagged, max(day)::text AS last
					FROM copy_all""").mapToMap().one();
		});

		long expected = 0;
		for (int i = 1; i <= rows; i++) {
			expected += i % 3 == 0 ? -i : i;
		}
		assertThat(totals).containsEntry("rows", (long) rows)
			.containsEntry("labels", (long) rows)
			.containsEntry("flagged", (long) rows / 2)
			.containsEntry("last", "2026-12-31");
		assertThat((BigDecimal) totals.get("amount")).isEqualByComparingTo(BigDecimal.valueOf(expected, 2));
	}

	@Test
	void aCopyRefusedInTheMiddleLeavesNoneOfItsRowsButKeepsTheCopiesBefore() throws Exception {
		Map<String, Object> after = jdbi.inTransaction(h -> {
			createAll(h);
			Connection connection = h.getConnection();
			try (BinaryCopyWriter copy = BinaryCopyWriter.into(connection, "copy_all", List.of("id", "label"))) {
				for (int i = 1; i <= 1_000; i++) {
					copy.row().integer(i).text("kept");
				}
				copy.finish();
			}
			h.execute("SAVEPOINT before_copy");
			// a NULL id far past the first blocks sent: the server refuses the COPY while
			// rows are streaming
			assertThatThrownBy(() -> {
				try (BinaryCopyWriter copy = BinaryCopyWriter.into(connection, "copy_all", List.of("id", "label"))) {
					for (int i = 1_001; i <= 200_000; i++) {
						copy.row().integer(i == 150_000 ? null : i).text("refused with its copy");
					}
					copy.finish();
				}
			}).isInstanceOf(SQLException.class).hasMessageContaining("copy_all");
			h.execute("ROLLBACK TO SAVEPOINT before_copy");
			return h
				.createQuery("SELECT count(*) AS rows, count(*) FILTER (WHERE label <> 'kept') AS others FROM copy_all")
				.mapToMap()
				.one();
		});

		assertThat(after).containsEntry("rows", 1_000L).containsEntry("others", 0L);
	}

	@Test
	void aCallerFailingInTheMiddleAbandonsTheCopyAndItsTransactionKeepsNoneOfIt() throws Exception {
		jdbi.useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS copy_abandoned (id INTEGER NOT NULL)"));
		try {
			assertThatThrownBy(() -> jdbi.useTransaction(h -> {
				try (BinaryCopyWriter copy = BinaryCopyWriter.into(h.getConnection(), "copy_abandoned",
						List.of("id"))) {
					for (int i = 1; i <= 200_000; i++) {
						if (i == 150_000) {
							throw new IllegalStateException("the file failed on line " + i);
						}
						copy.row().integer(i);
					}
					copy.finish();
				}
			})).hasMessage("the file failed on line 150000");

			long rows = jdbi
				.withHandle(h -> h.createQuery("SELECT count(*) FROM copy_abandoned").mapTo(Long.class).one());
			assertThat(rows).isZero();
		}
		finally {
			jdbi.useHandle(h -> h.execute("DROP TABLE copy_abandoned"));
		}
	}

	@Test
	void aPausedCopyFreesTheConnectionAndTheNextRowStartsAnother() throws Exception {
		List<Long> counts = jdbi.inTransaction(h -> {
			createAll(h);
			List<Long> seen = new ArrayList<>();
			try (BinaryCopyWriter copy = BinaryCopyWriter.into(h.getConnection(), "copy_all", List.of("id", "label"))) {
				copy.row().integer(1).text("before the pause");
				copy.row().integer(2).text("before the pause");
				copy.pause();
				seen.add(h.createQuery("SELECT count(*) FROM copy_all").mapTo(Long.class).one());
				copy.row().integer(3).text("after the pause");
				assertThat(copy.finish()).isEqualTo(3);
			}
			seen.add(h.createQuery("SELECT count(*) FROM copy_all").mapTo(Long.class).one());
			return seen;
		});

		assertThat(counts).containsExactly(2L, 3L);
	}

	@Test
	void rowsBuiltOnAnotherThreadAreSentOnTheConnectionsThread() throws Exception {
		long copied = jdbi.inTransaction(h -> {
			createAll(h);
			try (BinaryCopyWriter copy = BinaryCopyWriter.into(h.getConnection(), "copy_all", List.of("id", "label"))) {
				for (int batch = 0; batch < 3; batch++) {
					int first = batch * 10_000;
					BinaryRows rows = CompletableFuture.supplyAsync(() -> {
						BinaryRows built = copy.rows(1 << 10);
						for (int i = 1; i <= 10_000; i++) {
							built.row().integer(first + i).text("décision " + (first + i));
						}
						return built;
					}).join();
					copy.send(rows);
					assertThat(rows.count()).isZero();
				}
				copy.send(copy.rows(16));
				assertThat(copy.finish()).isEqualTo(30_000);
			}
			return h.createQuery("SELECT count(*) FROM copy_all WHERE label = 'décision ' || id")
				.mapTo(Long.class)
				.one();
		});

		assertThat(copied).isEqualTo(30_000);
	}

	@Test
	void aRowWithTooFewOrTooManyFieldsIsRefusedBeforeAnythingIsSent() throws Exception {
		Long rows = jdbi.inTransaction(h -> {
			createAll(h);
			try (BinaryCopyWriter copy = BinaryCopyWriter.into(h.getConnection(), "copy_all", List.of("id", "label"))) {
				BinaryRows tooShort = copy.rows(64);
				tooShort.row().integer(1);
				assertThatThrownBy(() -> copy.send(tooShort)).isInstanceOf(IllegalStateException.class)
					.hasMessage("row 1 of the copy into copy_all has 1 fields, the copy names 2 columns");
				BinaryRows extra = copy.rows(64);
				assertThatThrownBy(() -> extra.row().integer(2).text("two").text("one too many"))
					.isInstanceOf(IllegalStateException.class)
					.hasMessage("row 1 of the copy into copy_all has more fields than its 2 columns");
			}
			return h.createQuery("SELECT count(*) FROM copy_all").mapTo(Long.class).one();
		});

		assertThat(rows).isZero();
		assertThatThrownBy(() -> BinaryCopyWriter.into(null, "copy_all; DROP TABLE invoice", List.of("id")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not a plain table or column name");
	}

	private static void createAll(Handle h) {
		h.execute("""
				CREATE TEMP TABLE copy_all (id INTEGER NOT NULL, n4 INTEGER, n8 BIGINT, label TEXT, letter CHAR(1),
				    amount NUMERIC(12, 2), ratio NUMERIC(8, 4), exact NUMERIC, day DATE, at TIMESTAMPTZ, flag BOOLEAN,
				    ref UUID, codes TEXT[]) ON COMMIT DROP""");
	}

}
