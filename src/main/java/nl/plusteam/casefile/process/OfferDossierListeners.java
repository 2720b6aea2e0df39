package nl.plusteam.casefile.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.evaluation.EvaluationService;
import nl.plusteam.familyplan.FamilyPlanService;
import nl.plusteam.system.process.DossierInput;

/**
 * Create listeners that show dossier data in a task's form while the task is open (under the variable
 * {@code dossier}, never written to history): the plan to revise, the plan to agree to, the goals to
 * evaluate, the reason for a handback.
 */
@Configuration(proxyBeanMethods = false)
class OfferDossierListeners {

  @Bean
  TaskListener offerPlanForRevisionListener(FamilyPlanService plans) {
    return task -> DossierInput.offer(task.getExecution(), plans.asFormData(caseFileId(task)));
  }

  @Bean
  TaskListener offerPlanForConsentListener(FamilyPlanService plans) {
    return task -> DossierInput.offer(task.getExecution(), plans.asConsentSummary(caseFileId(task)));
  }

  @Bean
  TaskListener offerEvaluationListener(EvaluationService evaluations) {
    return task -> DossierInput.offer(task.getExecution(), evaluations.asFormData(caseFileId(task)));
  }

  @Bean
  TaskListener offerReturnReasonListener(CaseFileService caseFiles) {
    return task -> {
      CaseFile caseFile = caseFiles.get(caseFileId(task));
      ObjectNode data = DossierInput.newObject();
      data.put("returnReason", caseFile.getReturnReason());
      DossierInput.offer(task.getExecution(), data);
    };
  }

  private static Long caseFileId(DelegateTask task) {
    return (Long) task.getVariable(CaseProcess.Variables.CASE_FILE_ID);
  }
}
