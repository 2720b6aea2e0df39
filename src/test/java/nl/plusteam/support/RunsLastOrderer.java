package nl.plusteam.support;

import java.util.Comparator;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Keeps the order the build gives the test classes, except that classes marked {@link RunsLast} go last.
 * Configured in {@code src/test/resources/junit-platform.properties}.
 */
public class RunsLastOrderer implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context.getClassDescriptors().sort(Comparator.comparing(
        descriptor -> descriptor.getTestClass().isAnnotationPresent(RunsLast.class)));
  }
}
