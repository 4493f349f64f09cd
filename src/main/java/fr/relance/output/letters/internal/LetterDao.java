package fr.relance.output.letters.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What the letters print, read set-based for a part's actions; each statement is
 * {@code LetterDao/<method>.sql}.
 */
@UseClasspathSqlLocator
public interface LetterDao {

	@SqlQuery
	@RegisterConstructorMapper(Recipient.class)
	List<Recipient> recipients(@BindList("actions") Collection<Long> actionIds);

	@SqlQuery
	@RegisterConstructorMapper(OpenInvoice.class)
	List<OpenInvoice> openInvoices(@BindList("cases") Collection<Long> caseIds);

	@SqlQuery
	@RegisterConstructorMapper(Located.class)
	Optional<Located> locate(@Bind("reference") String reference);

	/**
	 * The debtor of an action and the date of the first letter it quotes (null when it
	 * quotes none or it is lost).
	 */
	record Recipient(long actionId, String lastName, String firstName, String addressLine1, String addressLine2,
			String postcode, String city, String country, LocalDate quotedOn) {
	}

	record OpenInvoice(long caseId, String invoiceNumber, LocalDate invoiceDate, BigDecimal amountOpen) {
	}

	/** Where a sent letter is: its batch file, its archived copy and its pages. */
	record Located(String reference, String finess, String status, LocalDate emittedOn, String filePath,
			String archivePath, Integer firstPage, Integer pages) {
	}

}
