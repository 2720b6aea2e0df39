package nl.plusteam.system.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.casefile.InvalidCaseInputException;
import nl.plusteam.system.TextRules;

/**
 * Reads the fields of submitted dossier input and collects, in Dutch, everything that is missing or wrong,
 * so the server refuses an incomplete completion with one clear message (the task stays open).
 * Forms check the same in the browser; this is the check that cannot be bypassed.
 */
public final class DossierFields {

  private final JsonNode node;
  private final String prefix;
  private final List<String> problems;

  private DossierFields(JsonNode node, String prefix, List<String> problems) {
    this.node = node;
    this.prefix = prefix;
    this.problems = problems;
  }

  public static DossierFields of(JsonNode node) {
    return new DossierFields(node, "", new ArrayList<>());
  }

  /** The fields of a nested object or list item; problems are reported with the given prefix. */
  public DossierFields nested(JsonNode child, String label) {
    return new DossierFields(child == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : child,
        label + ": ", problems);
  }

  /** Whether the field was filled in at all (a "nee" counts as filled in). */
  public boolean has(String key) {
    JsonNode value = node.path(key);
    return !value.isMissingNode() && !value.isNull() && !value.asText().isBlank();
  }

  public JsonNode node(String key) {
    return node.path(key);
  }

  public String text(String key, String label, int max) {
    int known = problems.size();
    String value = optionalText(key, label, max);
    if (value == null && problems.size() == known) {
      problems.add(prefix + "vul " + label + " in.");
    }
    return value;
  }

  public String optionalText(String key, String label, int max) {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      problems.add(prefix + label + " moet tekst zijn.");
      return null;
    }
    if (value.asText().isBlank()) {
      return null;
    }
    String text = value.asText().strip();
    if (text.length() > max) {
      problems.add(prefix + label + " is te lang (maximaal " + max + " tekens).");
      return null;
    }
    Optional<String> unsafe = TextRules.problem(text);
    if (unsafe.isPresent()) {
      problems.add(prefix + label + " " + unsafe.get());
      return null;
    }
    return text;
  }

  public LocalDate date(String key, String label) {
    int known = problems.size();
    String text = optionalText(key, label, 40);
    if (text == null) {
      if (problems.size() == known) {
        problems.add(prefix + "vul " + label + " in.");
      }
      return null;
    }
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
      // A date picker may send a moment; only the day counts.
      return java.time.OffsetDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException notAMoment) {
      try {
        return java.time.LocalDateTime.parse(text).toLocalDate();
      } catch (DateTimeParseException e) {
        problems.add(prefix + label + " is geen geldige datum (jjjj-mm-dd).");
        return null;
      }
    }
  }

  public LocalDate dateNotInFuture(String key, String label, LocalDate today) {
    LocalDate date = date(key, label);
    if (date != null && date.isAfter(today)) {
      problems.add(prefix + label + " mag niet in de toekomst liggen.");
    }
    return date;
  }

  public Integer number(String key, String label, int min, int max) {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
      problems.add(prefix + "vul " + label + " in.");
      return null;
    }
    if (!value.isIntegralNumber() && !value.isTextual() && !(value.isNumber() && value.canConvertToExactIntegral())) {
      problems.add(prefix + label + " is geen geheel getal.");
      return null;
    }
    try {
      long number = value.isNumber() ? (value.canConvertToLong() ? value.asLong() : Long.MAX_VALUE)
          : Long.parseLong(value.asText().strip());
      if (number < min || number > max) {
        problems.add(prefix + label + " moet tussen " + min + " en " + max + " liggen.");
        return null;
      }
      return (int) number;
    } catch (NumberFormatException e) {
      problems.add(prefix + label + " is geen geheel getal.");
      return null;
    }
  }

  public BigDecimal optionalAmount(String key, String label) {
    JsonNode raw = node.path(key);
    String text = raw.isNumber() ? raw.asText() : optionalText(key, label, 20);
    if (text == null) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(text.replace(',', '.'));
      if (amount.signum() < 0) {
        problems.add(prefix + label + " kan niet negatief zijn.");
      }
      return amount;
    } catch (NumberFormatException e) {
      problems.add(prefix + label + " is geen bedrag.");
      return null;
    }
  }

  /** A yes/no question: {@code true}/{@code false} (checkbox) or the radio options "ja"/"nee"; anything else is refused. */
  public boolean yes(String key, String label) {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      problems.add(prefix + "geef aan: " + label + ".");
      return false;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    String text = value.isTextual() ? value.asText() : "";
    return switch (text) {
      case "ja", "true" -> true;
      case "nee", "false" -> false;
      default -> {
        problems.add(prefix + "kies 'ja' of 'nee' bij: " + label + ".");
        yield false;
      }
    };
  }

  public <T> T choice(String key, String label, Function<String, Optional<T>> lookup) {
    int known = problems.size();
    String text = optionalText(key, label, 100);
    if (text == null) {
      if (problems.size() == known) {
        problems.add(prefix + "kies " + label + ".");
      }
      return null;
    }
    Optional<T> value = lookup.apply(text);
    if (value.isEmpty()) {
      problems.add(prefix + "'" + TextRules.shown(text) + "' is geen geldige keuze voor " + label + ".");
    }
    return value.orElse(null);
  }

  /** A choice from a form's fixed options: the option values map to domain values. */
  public <T> T choice(String key, String label, java.util.Map<String, T> options) {
    return choice(key, label, code -> Optional.ofNullable(options.get(code)));
  }

  /**
   * Repeated parts of a form as numbered groups ({@code goal1}, {@code goal2}, …): the Tasklist of 7.24
   * cannot complete forms with dynamic lists, so forms offer a fixed number of slots. Returns the slots
   * that have any content, in order.
   */
  public List<JsonNode> slots(String slotPrefix, String label, int max, int min) {
    List<JsonNode> filled = new ArrayList<>();
    for (int i = 1; i <= max; i++) {
      JsonNode slot = node.path(slotPrefix + i);
      if (!slot.isMissingNode() && !slot.isNull() && !slot.isObject()) {
        problems.add(this.prefix + label + " " + i + " heeft de verkeerde vorm (verwacht een groep velden).");
        continue;
      }
      boolean hasContent = false;
      for (JsonNode value : slot) {
        hasContent |= !value.isNull() && !(value.isTextual() && value.asText().isBlank());
      }
      if (hasContent) {
        filled.add(slot);
      }
    }
    if (filled.size() < min) {
      problems.add(this.prefix + "geef minstens " + min + " " + label + " op.");
    }
    return filled;
  }

  public void problem(String message) {
    problems.add(prefix + message);
  }

  /** Refuses the completion with every problem at once; does nothing when all is well. */
  public void orRefuse() {
    if (!problems.isEmpty()) {
      String joined = String.join(" ", problems.stream()
          .map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1)).toList());
      throw new InvalidCaseInputException(joined);
    }
  }
}
