package fr.relance.reconcile;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.scheduling.PipelineStage;
import fr.relance.scheduling.StageStep;
import fr.relance.support.batch.StageReport;

/** The reconcile stage of the nightly job: every establishment, each in its own transaction. */
@Configuration(proxyBeanMethods = false)
class ReconcileJobConfiguration {

	@Bean
	StageStep reconcileStage(JobRepository repository, PlatformTransactionManager transactionManager,
			EstablishmentDirectory establishments, Reconciliation reconciliation) {
		Tasklet tasklet = (contribution, chunk) -> {
			LocalDate runDate = chunk.getStepContext().getStepExecution().getJobParameters().getLocalDate("runDate");
			ReconcileResult total = ReconcileResult.NONE;
			for (Establishment e : establishments.all()) {
				total = total.plus(reconciliation.reconcile(e, runDate));
			}
			StageReport.addCounts(contribution.getStepExecution(), total.payments(),
					total.paymentsMatched() + total.paymentsWithCredit());
			StageReport.note(contribution.getStepExecution(), String.format(Locale.ROOT,
					"payer return lines: %d matched, %d unmatched; patient payments: %d matched, %d with a credit,"
							+ " %d in suspense", total.returnsMatched(), total.returnsUnmatched(), total.paymentsMatched(),
					total.paymentsWithCredit(), total.paymentsInSuspense()));
			return RepeatStatus.FINISHED;
		};
		return new StageStep(PipelineStage.RECONCILE, new StepBuilder(PipelineStage.RECONCILE.stepName(), repository)
			.tasklet(tasklet, transactionManager)
			.build());
	}

}
