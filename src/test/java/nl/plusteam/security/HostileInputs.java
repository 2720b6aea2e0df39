package nl.plusteam.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates hostile variants of valid requests: every field of a valid request, mutated with every value
 * class that the contract refuses for that field. Which classes apply to a field follows from what the field
 * is (free text, name, code from a list, number, date, ...); free text accepts HTML, quotes and emoji as
 * inert text, so those are generated only for fields that refuse them (names, codes, numbers, dates).
 */
final class HostileInputs {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Strings the contract refuses in every text field: expression markers, control and direction characters. */
  static final Map<String, String> UNSAFE_TEXT = ordered(
      "JUEL-expressie", "${''.getClass().forName('java.lang.Runtime')}",
      "deferred expressie", "#{1+1}",
      "NUL-teken", "Jan\u0000Jansen",
      "stuurteken", "Jan\u001bJansen",
      "RTL-override", "Jan \u202Enesnaj");

  /** Strings that are ordinary text in free-text fields but refused wherever a name, code or number belongs. */
  static final Map<String, String> INJECTIONS = ordered(
      "SQL-injectie", "' OR 1=1 --",
      "SQL-injectie 2", "x'); DROP TABLE handoff; --",
      "HTML-injectie", "<script>alert(1)</script>",
      "emoji", "Jan \uD83D\uDE00",
      "pad", "../../etc/passwd");

  static final String HUGE = "x".repeat(100_000);

  /** One mutation of a field: what was done (for the failure report) and the value, or null to remove the field. */
  record Mutation(String label, JsonNode value) {
    boolean removes() {
      return value == null;
    }
  }

  enum Kind { FREE_TEXT, NAME, CODE, BSN, PHONE, EMAIL, INTEGER, BOOLEAN_TRUE, LIST, OBJECT, DATE, DATE_NOT_FUTURE }

  /** Every refused mutation of a field of the given kind; required fields also lose their value. */
  static List<Mutation> mutations(Kind kind, boolean required, int maxLength, int min, int max) {
    List<Mutation> m = new ArrayList<>();
    if (required) {
      m.add(new Mutation("ontbreekt", null));
      m.add(new Mutation("null", NODES.nullNode()));
    }
    boolean textual = kind != Kind.INTEGER && kind != Kind.BOOLEAN_TRUE && kind != Kind.LIST && kind != Kind.OBJECT;
    if (textual) {
      if (required) {
        m.add(new Mutation("leeg", NODES.textNode("")));
        m.add(new Mutation("spaties", NODES.textNode("   ")));
      }
      m.add(new Mutation("getal i.p.v. tekst", NODES.numberNode(12345)));
      m.add(new Mutation("boolean i.p.v. tekst", NODES.booleanNode(true)));
      m.add(new Mutation("lijst i.p.v. tekst", NODES.arrayNode().add("a")));
      m.add(new Mutation("object i.p.v. tekst", NODES.objectNode().put("a", 1)));
      m.add(new Mutation("100k tekens", NODES.textNode(HUGE)));
      if (maxLength > 0) {
        m.add(new Mutation("maximum + 1 tekens", NODES.textNode("y".repeat(maxLength + 1))));
      }
      UNSAFE_TEXT.forEach((label, value) -> m.add(new Mutation(label, NODES.textNode(value))));
      if (kind != Kind.FREE_TEXT) {
        INJECTIONS.forEach((label, value) -> m.add(new Mutation(label, NODES.textNode(value))));
      }
    }
    switch (kind) {
      case CODE -> {
        m.add(new Mutation("onbekende code", NODES.textNode("onbekend")));
        m.add(new Mutation("hoofdletters", NODES.textNode("FINANCIEN")));
      }
      case BSN -> {
        m.add(new Mutation("BSN faalt elfproef", NODES.textNode("111222334")));
        m.add(new Mutation("BSN 8 cijfers", NODES.textNode("11122233")));
        m.add(new Mutation("BSN 10 cijfers", NODES.textNode("1112223333")));
        m.add(new Mutation("BSN met letter", NODES.textNode("11122233a")));
        m.add(new Mutation("BSN nullen", NODES.textNode("000000000")));
        m.add(new Mutation("BSN met spaties", NODES.textNode("111 222 333")));
      }
      case PHONE -> m.add(new Mutation("letters", NODES.textNode("bel mij maar")));
      case EMAIL -> m.add(new Mutation("geen adres", NODES.textNode("geen-apenstaart.nl")));
      case INTEGER -> {
        m.add(new Mutation("min - 1", NODES.numberNode(min - 1L)));
        m.add(new Mutation("max + 1", NODES.numberNode(max + 1L)));
        m.add(new Mutation("-1", NODES.numberNode(-1)));
        m.add(new Mutation("breuk", NODES.numberNode(min + 0.5)));
        m.add(new Mutation("te groot voor int", NODES.numberNode(99_999_999_999L)));
        m.add(new Mutation("tekst i.p.v. getal", NODES.textNode("drie")));
        m.add(new Mutation("lijst i.p.v. getal", NODES.arrayNode().add(min)));
        m.add(new Mutation("object i.p.v. getal", NODES.objectNode().put("a", min)));
        m.add(new Mutation("boolean i.p.v. getal", NODES.booleanNode(true)));
        m.add(new Mutation("SQL i.p.v. getal", NODES.textNode(min + " OR 1=1")));
      }
      case BOOLEAN_TRUE -> {
        m.add(new Mutation("false", NODES.booleanNode(false)));
        m.add(new Mutation("tekst 'ja'", NODES.textNode("ja")));
        m.add(new Mutation("getal 1", NODES.numberNode(1)));
        m.add(new Mutation("lijst", NODES.arrayNode().add(true)));
        m.add(new Mutation("object", NODES.objectNode().put("a", true)));
      }
      case LIST, OBJECT -> {
        m.add(new Mutation("tekst", NODES.textNode("abc")));
        m.add(new Mutation("getal", NODES.numberNode(7)));
        m.add(new Mutation("boolean", NODES.booleanNode(true)));
        m.add(new Mutation(kind == Kind.LIST ? "object i.p.v. lijst" : "lijst i.p.v. object",
            kind == Kind.LIST ? NODES.objectNode() : NODES.arrayNode()));
      }
      case DATE, DATE_NOT_FUTURE -> {
        m.add(new Mutation("Nederlandse notatie", NODES.textNode("31-12-2025")));
        m.add(new Mutation("maand 13", NODES.textNode("2025-13-01")));
        m.add(new Mutation("woord", NODES.textNode("morgen")));
        m.add(new Mutation("datum met staart", NODES.textNode("2025-01-01' OR 1=1")));
        if (kind == Kind.DATE_NOT_FUTURE) {
          m.add(new Mutation("toekomst", NODES.textNode(java.time.LocalDate.now().plusYears(2).toString())));
        }
      }
      default -> { }
    }
    return m;
  }

  /** A copy of the document with the field at the path ("a.b[0].c") replaced by the mutation's value or removed. */
  static ObjectNode mutate(ObjectNode document, String path, Mutation mutation) {
    ObjectNode copy = document.deepCopy();
    String[] parts = path.replace("[", ".[").split("\\.");
    JsonNode parent = copy;
    for (int i = 0; i < parts.length - 1; i++) {
      parent = step(parent, parts[i]);
    }
    String last = parts[parts.length - 1];
    if (last.startsWith("[")) {
      int index = Integer.parseInt(last.substring(1, last.length() - 1));
      if (mutation.removes()) {
        ((ArrayNode) parent).remove(index);
      } else {
        ((ArrayNode) parent).set(index, mutation.value());
      }
    } else if (mutation.removes()) {
      ((ObjectNode) parent).remove(last);
    } else {
      ((ObjectNode) parent).set(last, mutation.value());
    }
    return copy;
  }

  private static JsonNode step(JsonNode node, String part) {
    return part.startsWith("[") ? node.get(Integer.parseInt(part.substring(1, part.length() - 1))) : node.get(part);
  }

  /** A field of a deployed Camunda Form: its path under the group, component type and validation. */
  record FormField(String path, String type, boolean required, int maxLength, int min, int max, List<String> options) {}

  /** The fields of a form file on the classpath, with their paths below the group path (dossier.x.y → x.y). */
  static List<FormField> formFields(String resource) {
    try (InputStream in = HostileInputs.class.getClassLoader().getResourceAsStream(resource)) {
      List<FormField> fields = new ArrayList<>();
      collect(JSON.readTree(in), "", fields);
      return fields;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(JsonNode container, String prefix, List<FormField> fields) {
    for (JsonNode component : container.path("components")) {
      String path = component.path("path").asText("");
      if (!path.isBlank()) {
        String nested = prefix.isEmpty() && path.equals("dossier") ? "" : (prefix.isEmpty() ? "" : prefix + ".")
            + path.replaceFirst("^dossier\\.?", "");
        collect(component, nested, fields);
        continue;
      }
      String key = component.path("key").asText("");
      if (!key.isBlank()) {
        JsonNode validate = component.path("validate");
        List<String> options = new ArrayList<>();
        component.path("values").forEach(v -> options.add(v.path("value").asText()));
        fields.add(new FormField(prefix.isEmpty() ? key : prefix + "." + key, component.path("type").asText(),
            validate.path("required").asBoolean(false), validate.path("maxLength").asInt(0),
            validate.path("min").asInt(Integer.MIN_VALUE), validate.path("max").asInt(Integer.MAX_VALUE), options));
      }
      collect(component, prefix, fields);
    }
  }

  /** Leaf paths of a JSON document ("members[0].name"), in document order. */
  static List<String> leafPaths(JsonNode node, String prefix) {
    List<String> paths = new ArrayList<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> field = it.next();
        paths.addAll(leafPaths(field.getValue(), prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        paths.addAll(leafPaths(node.get(i), prefix + "[" + i + "]"));
      }
    } else {
      paths.add(prefix);
    }
    return paths;
  }

  private static Map<String, String> ordered(String... labelsAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndValues.length; i += 2) {
      map.put(labelsAndValues[i], labelsAndValues[i + 1]);
    }
    return map;
  }
}
