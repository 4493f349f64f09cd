package fr.relance.dunning.stage.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import fr.relance.dunning.calibration.Calibration;
import fr.relance.dunning.calibration.Outcomes;

/**
 * Observed outcomes of past actions and the calibrated uplifts drawn from them
 * ({@code CalibrationDao/*.sql}).
 */
@UseClasspathSqlLocator
public interface CalibrationDao {

	/** Counts for one (step, band). */
	record Observed(String stepId, String band, long actedPaid, long actedUnpaid, long controlPaid,
			long controlUnpaid) {

		Outcomes outcomes() {
			return new Outcomes(this.actedPaid, this.actedUnpaid, this.controlPaid, this.controlUnpaid);
		}

	}

	@SqlQuery
	@RegisterConstructorMapper(Observed.class)
	List<Observed> outcomes(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void store(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate, @Bind("stepId") String stepId,
			@Bind("band") String band, @Bind("version") String version, @BindMethods("o") Outcomes observed,
			@Bind("priorUplift") BigDecimal priorUplift, @BindMethods("c") Calibration calibration,
			@Bind("alpha") BigDecimal alpha, @Bind("beta") BigDecimal beta);

}
