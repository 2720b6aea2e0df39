package nl.plusteam.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Records which elements (activities, events, gateways) and which sequence flows of each process model the tests
 * of this JVM ran through: a test-only engine plugin adds a listener to every element's start and every flow's
 * take. {@code ProcessCoverageTests} reports it per model and guards a minimum.
 */
public final class ModelCoverage extends AbstractProcessEnginePlugin {

  private static final Map<String, Set<String>> ELEMENTS = new ConcurrentHashMap<>();
  private static final Map<String, Set<String>> FLOWS = new ConcurrentHashMap<>();

  /** Element ids run through, per process definition key. */
  public static Set<String> elements(String processKey) {
    return ELEMENTS.getOrDefault(processKey, Set.of());
  }

  /** Sequence flow ids taken, per process definition key. */
  public static Set<String> flows(String processKey) {
    return FLOWS.getOrDefault(processKey, Set.of());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        String key = processDefinition.getKey();
        instrument(key, processDefinition);
      }
    });
  }

  private static void instrument(String key, ScopeImpl scope) {
    for (ActivityImpl activity : scope.getActivities()) {
      String id = activity.getId();
      ExecutionListener started = execution -> ELEMENTS.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
      activity.addListener(ExecutionListener.EVENTNAME_START, started);
      for (PvmTransition outgoing : activity.getOutgoingTransitions()) {
        TransitionImpl transition = (TransitionImpl) outgoing;
        String flowId = transition.getId();
        ExecutionListener taken = execution -> FLOWS.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
            .add(flowId);
        transition.addListener(ExecutionListener.EVENTNAME_TAKE, taken);
      }
      instrument(key, activity);
    }
  }
}
