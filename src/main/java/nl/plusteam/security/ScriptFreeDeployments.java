package nl.plusteam.security;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Refuses every deployment whose models contain a script: a script task, a script listener or input/output
 * script, a condition in a script language, or a DMN table in a script language. Whoever may deploy a script
 * may run any code inside the application and read every dossier; the application's models use Java delegates
 * and expressions only, and no script engine is on the class path. The refusal is a parse error, which the
 * REST API (and so Camunda Modeler) answers with 400 and this message.
 *
 * <p>Deploying itself is limited to the process owner and the administrator (see {@link RoleSetup}); this
 * guard also holds against them, and against a future dependency that brings a script engine along.
 */
@Component
class ScriptFreeDeployments extends AbstractProcessEnginePlugin {

  /** Expression languages that are not scripts: JUEL (BPMN expressions) and FEEL (DMN). */
  private static final Set<String> EXPRESSION_LANGUAGES = Set.of("juel", "feel", "feel-scala");

  private static final List<String> MODEL_SUFFIXES = List.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".cmmn",
      ".cmmn11.xml");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(ScriptFreeDeployments::refuseScripts);
    configuration.setCustomPreDeployers(deployers);
  }

  static void refuseScripts(DeploymentEntity deployment) {
    if (deployment.getResources() == null) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName().toLowerCase(Locale.ROOT);
      if (MODEL_SUFFIXES.stream().anyMatch(name::endsWith)) {
        List<String> scripts = scriptsIn(resource.getBytes());
        if (!scripts.isEmpty()) {
          throw new ParseException("Model '" + resource.getName() + "' is geweigerd: het bevat een script ("
              + String.join(", ", scripts) + "). Deze toepassing voert geen scripts uit; gebruik een "
              + "Java-delegate of een expressie.", resource.getName(), List.of(), List.of());
        }
      }
    }
  }

  /** Descriptions of the scripts in a model, such as "scriptTask 'task_sum'"; empty when there are none. */
  static List<String> scriptsIn(byte[] xml) {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      return List.of(); // not readable XML: the engine's own parser reports it
    }
    List<String> found = new ArrayList<>();
    collect(document.getDocumentElement(), found);
    return found;
  }

  private static void collect(Element element, List<String> found) {
    String local = element.getLocalName();
    if ("scriptTask".equals(local) || "script".equals(local)) {
      found.add(local + describe(element));
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node attribute = attributes.item(i);
      String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
      String value = attribute.getNodeValue().trim().toLowerCase(Locale.ROOT);
      boolean scriptLanguage = ("language".equals(name) || "scriptFormat".equals(name)
          || "expressionLanguage".equals(name)) && !isExpressionLanguage(value);
      if (scriptLanguage) {
        found.add(name + "=\"" + attribute.getNodeValue() + "\"" + describe(element));
      }
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        collect(child, found);
      }
    }
  }

  private static boolean isExpressionLanguage(String value) {
    return EXPRESSION_LANGUAGES.contains(value) || value.startsWith("https://www.omg.org/spec/dmn/")
        || value.startsWith("http://www.omg.org/spec/dmn/") || value.startsWith("http://www.omg.org/spec/feel/")
        || value.startsWith("https://www.omg.org/spec/feel/");
  }

  /** " in 'id'" of the nearest element with an id. */
  private static String describe(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (!e.getAttribute("id").isEmpty()) {
        return " in '" + e.getAttribute("id") + "'";
      }
    }
    return "";
  }
}
