package nl.plusteam.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An HTTP client for one node as a user with HTTP Basic. Unlike the support {@code Http} it never waits longer
 * than its timeout and never throws: a refused connection or a timeout is a {@link Response} with status -1, so
 * a client that must survive a failing node or database can count and retry.
 */
public final class NodeClient {

  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final String authorization;
  private final HttpClient client;

  NodeClient(int port, String user, String password) {
    this.baseUrl = "http://localhost:" + port;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response postJson(String path, Object body, Map<String, String> headers) {
    HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(body)));
    headers.forEach(request::setHeader);
    return send(request);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json").header("Authorization", authorization);
  }

  private Response send(HttpRequest.Builder request) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      return new Response(-1, e.toString(), Duration.ofNanos(System.nanoTime() - start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Response(-1, e.toString(), Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private static String json(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public record Response(int status, String body, Duration took) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }
}
