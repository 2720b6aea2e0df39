package nl.plusteam.system.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every user task gets the case reference (and municipality and urgency) as task-local variables when it
 * is created. The Tasklist shows them as columns of the shared filters ("Casus: PT-…"), so a generalist
 * with several cases can tell their tasks apart. The engine lets assignees and candidates read their own
 * task's variables, but not the process instance's ({@code enforceSpecificVariablePermission}); a copy on
 * the task shows exactly these ids to exactly the people the task is for, nothing more.
 */
@Component
class TaskListVariablesPlugin extends AbstractProcessEnginePlugin {

  /** The variables the Tasklist filters show (see {@code TasklistFilters}); ids and codes only. */
  static final List<String> SHOWN = List.of("caseReference", "municipality", "urgency");

  static final TaskListener COPY_TO_TASK = task -> {
    for (String name : SHOWN) {
      Object value = task.getVariable(name);
      if (value != null) {
        task.setVariableLocal(name, value);
      }
    }
  };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, COPY_TO_TASK);
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }
}
