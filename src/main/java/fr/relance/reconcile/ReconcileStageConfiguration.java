package fr.relance.reconcile;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.NightParameters;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.StageStep;
import fr.relance.support.batch.StageReport;

/** The reconcile stage of an establishment's night, in its own transaction. */
@Configuration(proxyBeanMethods = false)
class ReconcileStageConfiguration {

	@Bean
	StageStep reconcileStage(JobRepository repository, PlatformTransactionManager transactionManager,
			EstablishmentDirectory establishments, Reconciliation reconciliation) {
		Tasklet tasklet = (contribution, chunk) -> {
			StepExecution step = contribution.getStepExecution();
			LocalDate runDate = NightParameters.runDate(step);
			Establishment establishment = establishments.get(NightParameters.finess(step));
			ReconcileResult total = reconciliation.reconcile(establishment, runDate);
			StageReport.addCounts(step, total.payments(), total.paymentsMatched() + total.paymentsWithCredit());
			// what is left is a standing list, rewritten whole by every attempt: its
			// figures are set, not added
			StageReport.setFigure(step, "returnsMatched", total.returnsMatched());
			StageReport.setFigure(step, "unmatchedReturns", total.returnsUnmatched());
			StageReport.setFigure(step, "rebilling", total.rebilling());
			StageReport.setFigure(step, "paymentsInSuspense", total.suspenseListed());
			StageReport.setFigure(step, "credits", total.creditsListed());
			StageReport.setFigure(step, "postedBack", total.postedBack());
			long matchedTonight = StageReport.addFigure(step, "paymentsMatchedTonight", total.paymentsMatched());
			long creditTonight = StageReport.addFigure(step, "paymentsWithCreditTonight", total.paymentsWithCredit());
			long suspenseTonight = StageReport.addFigure(step, "paymentsToSuspenseTonight", total.paymentsInSuspense());
			StageReport.note(step, String.format(Locale.ROOT,
					"listed: %d payer return lines unmatched (retours-non-rapproches), %d parts to re-bill"
							+ " (a-refacturer), %d patient payments in suspense (paiements-en-attente), %d credits"
							+ " (trop-percus); %d payer return lines matched; patient payments tonight: %d matched,"
							+ " %d with a credit, %d left in suspense; %d payments to post back (paiements-a-saisir)",
					total.returnsUnmatched(), total.rebilling(), total.suspenseListed(), total.creditsListed(),
					total.returnsMatched(), matchedTonight, creditTonight, suspenseTonight, total.postedBack()));
			return RepeatStatus.FINISHED;
		};
		return new StageStep(PipelineStage.RECONCILE,
				new StepBuilder(PipelineStage.RECONCILE.stepName(), repository).tasklet(tasklet, transactionManager)
					.build());
	}

}
