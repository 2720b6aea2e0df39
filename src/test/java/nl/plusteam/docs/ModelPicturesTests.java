package nl.plusteam.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;

/**
 * The pictures in docs/models are drawn from the models (tools/model-pictures/render.mjs). Every model has
 * one, and every element of the model is on it: a model changed without drawing its picture again fails here.
 */
class ModelPicturesTests {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path PICTURES = Path.of("docs", "models");

  @Test
  void everyModelHasAPictureShowingEachOfItsElements() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> models;
    try (Stream<Path> files = Files.list(PROCESSES)) {
      models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(models).hasSizeGreaterThan(5);
    for (Path model : models) {
      String name = model.getFileName().toString().replace(".bpmn", "");
      Path picture = PICTURES.resolve(name + ".svg");
      if (!Files.exists(picture)) {
        problems.add(model + " heeft geen plaatje " + picture + ". Maak de plaatjes opnieuw: "
            + "node tools/model-pictures/render.mjs (zie docs/models/README.md).");
        continue;
      }
      String svg = Files.readString(picture);
      BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
      for (FlowElement element : instance.getModelElementsByType(FlowElement.class)) {
        if (!svg.contains("data-element-id=\"" + element.getId() + "\"")) {
          problems.add(picture + " loopt achter op " + model + ": element '" + element.getId() + "' ontbreekt. Maak de "
              + "plaatjes opnieuw: node tools/model-pictures/render.mjs.");
        }
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }
}
