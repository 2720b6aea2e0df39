package nl.plusteam.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

import nl.plusteam.system.process.DossierInput;

/**
 * Test-only: wraps every {@link JavaDelegate} bean so that, while doubling is on, a step runs its delegate twice in a
 * row, in the same execution and transaction, as a repeated step would. The form input the first run took from the
 * engine ({@code dossier}) is offered again, as a retried step finds it; everything else the first run did stays.
 * Counts the runs per bean, so a test can name the delegates it never doubled.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DelegateDoubling implements BeanPostProcessor {

  private final AtomicBoolean doubled = new AtomicBoolean();
  private final Set<String> delegates = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> doubledRuns = new ConcurrentHashMap<>();

  public void doubled(boolean on) {
    doubled.set(on);
  }

  /** The names of all delegate beans. */
  public Set<String> delegateNames() {
    return Set.copyOf(delegates);
  }

  /** The delegate beans that ran twice in a step at least once. */
  public Set<String> doubledNames() {
    return Set.copyOf(doubledRuns.keySet());
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!(bean instanceof JavaDelegate delegate)) {
      return bean;
    }
    delegates.add(beanName);
    return (JavaDelegate) execution -> {
      if (!doubled.get()) {
        delegate.execute(execution);
        return;
      }
      ExecutionEntity holder = holderOfDossier(execution);
      TypedValue input = holder == null ? null : holder.getVariableLocalTyped(DossierInput.VARIABLE);
      delegate.execute(execution);
      if (holder != null) {
        holder.setVariableLocal(DossierInput.VARIABLE, input);
      }
      try {
        delegate.execute(execution);
      } catch (Exception | Error e) {
        throw new IllegalStateException(beanName + " is not safe to run twice: its second run failed: " + e, e);
      }
      doubledRuns.merge(beanName, 1, Integer::sum);
    };
  }

  /** The scope that holds the form input, if any: the execution itself or one of its parents. */
  private static ExecutionEntity holderOfDossier(DelegateExecution execution) {
    for (ExecutionEntity scope = (ExecutionEntity) execution; scope != null; scope = scope.getParent()) {
      if (scope.hasVariableLocal(DossierInput.VARIABLE)) {
        return scope;
      }
    }
    return null;
  }
}
