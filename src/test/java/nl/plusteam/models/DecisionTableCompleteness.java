package nl.plusteam.models;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Finds gaps (an input no rule matches) and overlaps (an input two rules match where the hit policy allows only
 * one) in the decision tables a process owner edits. Each input's domain is cut into cells at every value the
 * rules mention: a string input into the mentioned values plus "any other value" (unless {@code inputValues}
 * restricts it), a boolean into true and false, a number into the boundary points and the open intervals between
 * them. Every combination of cells is then matched against every rule, so the analysis is exact for the entry
 * kinds it understands; an entry it does not understand is reported rather than guessed.
 */
final class DecisionTableCompleteness {

  private static final int MAX_GAPS_PER_TABLE = 5;
  private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
  private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<|>|=)?\\s*(" + NUMBER + ")");
  private static final Pattern INTERVAL = Pattern.compile(
      "([\\[\\]\\(])\\s*(" + NUMBER + ")\\s*\\.\\.\\s*(" + NUMBER + ")\\s*([\\[\\]\\)])");
  private static final Pattern STRINGS = Pattern.compile("\"[^\"]*\"(\\s*,\\s*\"[^\"]*\")*");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern NOT = Pattern.compile("not\\s*\\((.*)\\)", Pattern.DOTALL);

  private DecisionTableCompleteness() {
  }

  /** The gaps and overlaps of every decision table in one DMN file, in Dutch, naming file, table and rules. */
  static List<String> problems(String file, DmnModelInstance dmn) {
    List<String> problems = new ArrayList<>();
    for (Decision decision : dmn.getModelElementsByType(Decision.class)) {
      if (decision.getExpression() instanceof DecisionTable table) {
        problems.addAll(new TableCheck(file + ", beslistabel '" + decision.getName() + "' (" + decision.getId() + ")",
            table).problems());
      }
    }
    return problems;
  }

  private enum Kind { STRING, BOOLEAN, NUMBER, INTEGER }

  /** One atomic piece of an input's domain: every rule entry either contains all of it or none of it. */
  private record Cell(Object sample, String text) {
  }

  /** A parsed input entry; {@code null} from {@link #parse} means "any value". */
  private interface Condition {
    boolean contains(Object value);
  }

  private record StringCondition(Set<String> values) implements Condition {
    public boolean contains(Object value) {
      return value instanceof String s && values.contains(s);
    }
  }

  private record BooleanCondition(boolean expected) implements Condition {
    public boolean contains(Object value) {
      return value instanceof Boolean b && b == expected;
    }
  }

  private record Range(BigDecimal low, boolean lowIncluded, BigDecimal high, boolean highIncluded)
      implements Condition {
    public boolean contains(Object value) {
      if (!(value instanceof BigDecimal v)) {
        return false;
      }
      boolean aboveLow = low == null || (lowIncluded ? v.compareTo(low) >= 0 : v.compareTo(low) > 0);
      boolean belowHigh = high == null || (highIncluded ? v.compareTo(high) <= 0 : v.compareTo(high) < 0);
      return aboveLow && belowHigh;
    }
  }

  private record AnyOf(List<Condition> parts) implements Condition {
    public boolean contains(Object value) {
      return parts.stream().anyMatch(p -> p.contains(value));
    }
  }

  private record Not(Condition inner) implements Condition {
    public boolean contains(Object value) {
      return !inner.contains(value);
    }
  }

  /** A marker for "other string values than the ones the table mentions". */
  private static final String OTHER = "\u0000other";

  private static final class TableCheck {
    private final String where;
    private final DecisionTable table;
    private final List<Input> inputs;
    private final List<Rule> rules;
    private final List<String> problems = new ArrayList<>();

    TableCheck(String where, DecisionTable table) {
      this.where = where;
      this.table = table;
      this.inputs = List.copyOf(table.getInputs());
      this.rules = List.copyOf(table.getRules());
    }

    List<String> problems() {
      List<Kind> kinds = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        kinds.add(kind(i));
      }
      // conditions[rule][input]
      List<List<Condition>> conditions = new ArrayList<>();
      for (int r = 0; r < rules.size(); r++) {
        List<InputEntry> entries = List.copyOf(rules.get(r).getInputEntries());
        List<Condition> row = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
          String text = i < entries.size() && entries.get(i).getText() != null
              ? entries.get(i).getText().getTextContent().strip() : "";
          try {
            row.add(parse(text, kinds.get(i)));
          } catch (IllegalArgumentException e) {
            problems.add(where + ": regel " + (r + 1) + " (" + rules.get(r).getId() + ") heeft voor " + name(i) + " '"
                + text + "'; deze controle begrijpt dat niet. Schrijf een lijst als \"a\",\"b\", true/false, - (elke "
                + "waarde), een vergelijking als >= 0.9 of een interval als [0.75..0.9[.");
          }
        }
        conditions.add(row);
      }
      if (!problems.isEmpty()) {
        return problems;
      }
      List<List<Cell>> cells = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        cells.add(cells(i, kinds.get(i), conditions));
      }
      HitPolicy policy = table.getHitPolicy() == null ? HitPolicy.UNIQUE : table.getHitPolicy();
      boolean single = policy == HitPolicy.UNIQUE || policy == HitPolicy.ANY;
      List<String> gaps = new ArrayList<>();
      Map<String, String> overlaps = new LinkedHashMap<>();
      for (List<Cell> combination : combinations(cells)) {
        List<Integer> matching = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
          boolean all = true;
          for (int i = 0; i < inputs.size() && all; i++) {
            Condition c = conditions.get(r).get(i);
            all = c == null || c.contains(combination.get(i).sample());
          }
          if (all) {
            matching.add(r);
          }
        }
        if (matching.isEmpty()) {
          gaps.add(describe(combination));
        } else if (single) {
          for (int a = 0; a < matching.size(); a++) {
            for (int b = a + 1; b < matching.size(); b++) {
              int first = matching.get(a);
              int second = matching.get(b);
              if (policy == HitPolicy.ANY && outputs(first).equals(outputs(second))) {
                continue; // ANY allows overlapping rules as long as they give the same outcome
              }
              overlaps.putIfAbsent(first + "/" + second, where + ": regels " + row(first) + " en " + row(second)
                  + " overlappen voor " + describe(combination) + "; een invoer kan maar één regel treffen (hit policy "
                  + policy + (policy == HitPolicy.ANY ? " met verschillende uitkomsten" : "")
                  + "). Maak de regels elkaar uitsluitend.");
            }
          }
        }
      }
      problems.addAll(overlaps.values());
      gaps.stream().limit(MAX_GAPS_PER_TABLE).forEach(gap -> problems.add(where + ": geen enkele regel past bij "
          + gap + "; zo'n invoer krijgt geen uitkomst. Voeg een regel toe of verbreed een bestaande regel."));
      if (gaps.size() > MAX_GAPS_PER_TABLE) {
        problems.add(where + ": en nog " + (gaps.size() - MAX_GAPS_PER_TABLE) + " andere invoercombinaties zonder regel.");
      }
      return problems;
    }

    private String row(int r) {
      return (r + 1) + " (" + rules.get(r).getId() + ")";
    }

    private List<String> outputs(int r) {
      return rules.get(r).getOutputEntries().stream().map(OutputEntry::getTextContent).map(String::strip).toList();
    }

    private String name(int i) {
      Input input = inputs.get(i);
      if (input.getLabel() != null && !input.getLabel().isBlank()) {
        return input.getLabel();
      }
      return input.getInputExpression() != null && input.getInputExpression().getText() != null
          ? input.getInputExpression().getText().getTextContent().strip() : input.getId();
    }

    private String describe(List<Cell> combination) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < combination.size(); i++) {
        parts.add(name(i) + " " + combination.get(i).text());
      }
      return String.join(", ", parts);
    }

    private Kind kind(int i) {
      String type = inputs.get(i).getInputExpression() == null ? null : inputs.get(i).getInputExpression().getTypeRef();
      if (type == null) {
        // no type in the model: judge by what the entries look like
        boolean strings = rules.stream().map(r -> entry(r, i)).anyMatch(t -> STRINGS.matcher(t).matches());
        boolean booleans = rules.stream().map(r -> entry(r, i)).anyMatch(t -> t.equals("true") || t.equals("false"));
        return strings ? Kind.STRING : booleans ? Kind.BOOLEAN : Kind.NUMBER;
      }
      return switch (type) {
        case "boolean" -> Kind.BOOLEAN;
        case "integer", "long" -> Kind.INTEGER;
        case "double", "number" -> Kind.NUMBER;
        default -> Kind.STRING;
      };
    }

    private static String entry(Rule rule, int i) {
      List<InputEntry> entries = List.copyOf(rule.getInputEntries());
      return i < entries.size() && entries.get(i).getText() != null ? entries.get(i).getText().getTextContent().strip()
          : "";
    }

    private Condition allowedValues(int i, Kind kind) {
      var values = inputs.get(i).getInputValues();
      if (values == null || values.getText() == null || values.getText().getTextContent().isBlank()) {
        return null;
      }
      return parse(values.getText().getTextContent().strip(), kind);
    }

    private List<Cell> cells(int i, Kind kind, List<List<Condition>> conditions) {
      Condition allowed = allowedValues(i, kind);
      List<Condition> column = new ArrayList<>();
      conditions.forEach(row -> column.add(row.get(i)));
      if (allowed != null) {
        column.add(allowed);
      }
      List<Cell> cells = new ArrayList<>();
      switch (kind) {
        case BOOLEAN -> {
          cells.add(new Cell(true, "= true"));
          cells.add(new Cell(false, "= false"));
        }
        case STRING -> {
          Set<String> mentioned = new TreeSet<>();
          column.forEach(c -> collectStrings(c, mentioned));
          mentioned.forEach(v -> cells.add(new Cell(v, "= \"" + v + "\"")));
          cells.add(new Cell(OTHER, mentioned.isEmpty() ? "= een willekeurige waarde" : "= een andere waarde dan "
              + mentioned.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "))));
        }
        default -> {
          TreeSet<BigDecimal> points = new TreeSet<>();
          column.forEach(c -> collectPoints(c, points));
          List<BigDecimal> sorted = new ArrayList<>(points);
          if (sorted.isEmpty()) {
            cells.add(new Cell(BigDecimal.ZERO, "= een willekeurig getal"));
          } else {
            BigDecimal first = sorted.get(0);
            cells.add(new Cell(first.subtract(BigDecimal.ONE), "< " + first.toPlainString()));
            for (int p = 0; p < sorted.size(); p++) {
              BigDecimal point = sorted.get(p);
              cells.add(new Cell(point, "= " + point.toPlainString()));
              if (p + 1 < sorted.size()) {
                BigDecimal next = sorted.get(p + 1);
                BigDecimal between = kind == Kind.INTEGER ? point.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
                    : point.add(next).divide(BigDecimal.valueOf(2));
                if (between.compareTo(next) < 0) {
                  cells.add(new Cell(between, "tussen " + point.toPlainString() + " en " + next.toPlainString()
                      + " (bijvoorbeeld " + between.stripTrailingZeros().toPlainString() + ")"));
                }
              }
            }
            BigDecimal last = sorted.get(sorted.size() - 1);
            cells.add(new Cell(last.add(BigDecimal.ONE), "> " + last.toPlainString()));
          }
          if (kind == Kind.INTEGER) {
            cells.removeIf(c -> ((BigDecimal) c.sample()).stripTrailingZeros().scale() > 0);
          }
        }
      }
      if (allowed != null) {
        cells.removeIf(c -> !allowed.contains(c.sample()));
      }
      return cells;
    }

    private static void collectStrings(Condition condition, Set<String> into) {
      if (condition instanceof StringCondition s) {
        into.addAll(s.values());
      } else if (condition instanceof Not n) {
        collectStrings(n.inner(), into);
      }
    }

    private static void collectPoints(Condition condition, Set<BigDecimal> into) {
      if (condition instanceof Range r) {
        if (r.low() != null) {
          into.add(r.low());
        }
        if (r.high() != null) {
          into.add(r.high());
        }
      } else if (condition instanceof AnyOf any) {
        any.parts().forEach(p -> collectPoints(p, into));
      } else if (condition instanceof Not n) {
        collectPoints(n.inner(), into);
      }
    }

    private static List<List<Cell>> combinations(List<List<Cell>> cells) {
      List<List<Cell>> result = new ArrayList<>();
      result.add(List.of());
      for (List<Cell> column : cells) {
        List<List<Cell>> next = new ArrayList<>();
        for (List<Cell> prefix : result) {
          for (Cell cell : column) {
            List<Cell> combination = new ArrayList<>(prefix);
            combination.add(cell);
            next.add(combination);
          }
        }
        result = next;
      }
      return result;
    }
  }

  /** Parses one input entry; {@code null} means any value ("-" or empty). */
  private static Condition parse(String text, Kind kind) {
    String entry = text.strip();
    if (entry.isEmpty() || entry.equals("-")) {
      return null;
    }
    Matcher not = NOT.matcher(entry);
    if (not.matches()) {
      Condition inner = parse(not.group(1), kind);
      if (inner == null) {
        throw new IllegalArgumentException(text);
      }
      return new Not(inner);
    }
    switch (kind) {
      case STRING -> {
        if (!STRINGS.matcher(entry).matches()) {
          throw new IllegalArgumentException(text);
        }
        Set<String> values = new LinkedHashSet<>();
        Matcher quoted = QUOTED.matcher(entry);
        while (quoted.find()) {
          values.add(quoted.group(1));
        }
        return new StringCondition(values);
      }
      case BOOLEAN -> {
        if (!entry.equals("true") && !entry.equals("false")) {
          throw new IllegalArgumentException(text);
        }
        return new BooleanCondition(Boolean.parseBoolean(entry));
      }
      default -> {
        List<Condition> parts = new ArrayList<>();
        for (String part : entry.split(",")) {
          parts.add(range(part.strip(), text));
        }
        return parts.size() == 1 ? parts.get(0) : new AnyOf(parts);
      }
    }
  }

  private static Range range(String part, String text) {
    Matcher interval = INTERVAL.matcher(part);
    if (interval.matches()) {
      return new Range(new BigDecimal(interval.group(2)), interval.group(1).equals("["),
          new BigDecimal(interval.group(3)), interval.group(4).equals("]"));
    }
    Matcher comparison = COMPARISON.matcher(part);
    if (!comparison.matches()) {
      throw new IllegalArgumentException(text);
    }
    BigDecimal number = new BigDecimal(comparison.group(2));
    String operator = comparison.group(1) == null ? "=" : comparison.group(1);
    return switch (operator) {
      case "<" -> new Range(null, false, number, false);
      case "<=" -> new Range(null, false, number, true);
      case ">" -> new Range(number, false, null, false);
      case ">=" -> new Range(number, true, null, false);
      default -> new Range(number, true, number, true);
    };
  }
}
