package nl.plusteam.system.process;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * Evaluates the newest deployed version of a decision for the application's own arithmetic (weights,
 * norms), as often as it needs to: a process owner's redeployed table applies at once, and no decision
 * history is written for what is a lookup rather than a decision in a case. Parsed tables are kept per
 * deployed version.
 */
@Component
public class DecisionTables {

  private final ProcessEngineConfigurationImpl configuration;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  DecisionTables(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables) {
    return evaluate(latest(decisionKey), variables);
  }

  /** Evaluates a decision obtained from {@link #latest(String)}: for many evaluations of one version. */
  public DmnDecisionResult evaluate(DmnDecision decision, Map<String, Object> variables) {
    return dmn.evaluateDecision(decision, variables);
  }

  /** The newest deployed version of a decision, parsed (one query for the version, parsing once per version). */
  public DmnDecision latest(String decisionKey) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      DecisionDefinitionEntity definition = context.getDecisionDefinitionManager()
          .findLatestDecisionDefinitionByKey(decisionKey);
      if (definition == null) {
        throw new ProcessEngineException("Beslissing '" + decisionKey + "' is niet gedeployd (processes/*.dmn)");
      }
      return parsed.computeIfAbsent(definition.getId(), id -> {
        ResourceEntity resource = context.getResourceManager()
            .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
        return dmn.parseDecision(decisionKey, new ByteArrayInputStream(resource.getBytes()));
      });
    });
  }
}
