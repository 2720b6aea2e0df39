package nl.plusteam.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.plusteam.support.PostgresPlusTeamTest;

/**
 * In the production profile ({@code postgres}) the session cookies of the webapps are only sent over HTTPS
 * (Secure), are out of reach of scripts (HttpOnly) and are not sent along with requests from other sites
 * (SameSite); the CSRF token cookie is Secure as well.
 */
@PostgresPlusTeamTest
class PostgresLoginHardeningTests {

  @LocalServerPort
  int port;

  @Test
  void sessionCookieIsSecureHttpOnlyAndSameSite_afterLogin() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    List<String> pageCookies = page.headers().allValues("set-cookie");
    String csrf = pageCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
    String sessionBefore = pageCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();

    HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", value(csrf))
        .header("Cookie", "JSESSIONID=" + value(sessionBefore) + "; XSRF-TOKEN=" + value(csrf))
        .POST(HttpRequest.BodyPublishers.ofString("username=generalist.anna&password="
            + URLEncoder.encode("generalist.anna", StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);

    String session = login.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().orElseThrow(() -> new AssertionError("a new session after login"));
    assertThat(attributes(session)).as("session cookie after login").contains("secure", "httponly")
        .anyMatch(a -> a.startsWith("samesite="));
    assertThat(attributes(sessionBefore)).contains("secure", "httponly");
    assertThat(attributes(csrf)).as("CSRF token cookie").contains("secure");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** The attributes after the value, lower case and trimmed ("secure", "httponly", "samesite=lax", …). */
  private static List<String> attributes(String setCookie) {
    return java.util.Arrays.stream(setCookie.split(";")).skip(1).map(a -> a.strip().toLowerCase(java.util.Locale.ROOT))
        .toList();
  }

  private static String value(String setCookie) {
    return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
  }
}
