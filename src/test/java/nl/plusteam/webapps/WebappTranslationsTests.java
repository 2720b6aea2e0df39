package nl.plusteam.webapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Dutch translations of Camunda's webapps against the English files of the Camunda version
 * on the classpath. After a Camunda upgrade these tests list the labels to add, remove or
 * re-check in {@code nl.json}.
 */
class WebappTranslationsTests {

  private static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";
  private static final Path OURS = Path.of("src/main/resources", WEBJAR);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void dutchHasExactlyTheKeysAndPlaceholdersOfEnglish(String app) throws IOException {
    Map<String, String> english = flatten(JSON.readTree(webjarText(app + "/locales/en.json")));
    Path dutchFile = OURS.resolve(app + "/locales/nl.json");
    if (!Files.exists(dutchFile)) {
      fail(app + ": " + dutchFile + " is missing (" + english.size() + " keys to translate)");
    }
    Map<String, String> dutch =
        flatten(JSON.readTree(stripBom(Files.readString(dutchFile, StandardCharsets.UTF_8))));

    List<String> problems = new ArrayList<>();
    Set<String> missing = new TreeSet<>(english.keySet());
    missing.removeAll(dutch.keySet());
    if (!missing.isEmpty()) {
      problems.add(missing.size() + " key(s) of en.json missing in nl.json: " + missing);
    }
    Set<String> unknown = new TreeSet<>(dutch.keySet());
    unknown.removeAll(english.keySet());
    if (!unknown.isEmpty()) {
      problems.add(unknown.size() + " key(s) in nl.json unknown to en.json: " + unknown);
    }
    english.forEach((key, value) -> {
      if (dutch.containsKey(key)
          && !placeholders(value).equals(placeholders(dutch.get(key)))) {
        problems.add(key + ": placeholders " + placeholders(dutch.get(key))
            + " instead of " + placeholders(value));
      }
    });
    if (!problems.isEmpty()) {
      fail(app + " (" + dutchFile + "):\n  " + String.join("\n  ", problems));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyAppOffersDutchAndFallsBackToEnglish(String app) throws IOException {
    String config = Files.readString(OURS.resolve(app + "/scripts/config.js"));

    assertThat(config)
        .as(app + "/scripts/config.js")
        .containsPattern("availableLocales:\\s*\\['en', 'nl']")
        .contains("fallbackLocale: 'en'");
  }

  @Test
  void tasklistHidesTheCamunda8MigrationBanner() throws IOException {
    String bundle = webjarText("tasklist/camunda-tasklist-bootstrap.js");
    String index = webjarText("tasklist/index.html");
    String userStyles = Files.readString(OURS.resolve("tasklist/styles/user-styles.css"));

    assertThat(bundle)
        .as("Tasklist renders the banner label in an element of class ce-eol-banner")
        .containsPattern("class=\"ce-eol-banner\"\\\\n\\s*ng-bind-html=\"trustAsHtml\\(\\\\'BANNER_CE_EOL_TEXT");
    assertThat(index)
        .as("Tasklist's index.html loads styles/user-styles.css")
        .contains("app/tasklist/styles/user-styles.css");
    assertThat(userStyles.replaceAll("/\\*.*?\\*/", "").replaceAll("\\s+", ""))
        .as("our tasklist/styles/user-styles.css hides the banner")
        .contains(".ce-eol-banner{display:none!important;}");
  }

  private static String webjarText(String path) throws IOException {
    try (InputStream in = WebappTranslationsTests.class.getClassLoader()
        .getResourceAsStream(WEBJAR + path)) {
      assertThat(in).as("classpath resource " + WEBJAR + path).isNotNull();
      return stripBom(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Leaves of the JSON tree by dotted path: "labels.TASKS", "dateLocales.months.0". */
  private static Map<String, String> flatten(JsonNode root) {
    Map<String, String> leaves = new TreeMap<>();
    flatten("", root, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
    String prefix = path.isEmpty() ? "" : path + ".";
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        flatten(prefix + field.getKey(), field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + i, node.get(i), leaves);
      }
    } else {
      leaves.put(path, node.asText());
    }
  }

  private static Set<String> placeholders(String value) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(value);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
