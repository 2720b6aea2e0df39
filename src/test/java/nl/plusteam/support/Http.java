package nl.plusteam.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for tests that call the running application as its users do. */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final HttpClient client;
  private String authorization;
  private String csrfToken;
  private CookieManager cookies;

  private Http(String baseUrl, HttpClient client) {
    this.baseUrl = baseUrl;
    this.client = client;
  }

  public static Http anonymous(int port) {
    return new Http("http://localhost:" + port, HttpClient.newHttpClient());
  }

  /** HTTP Basic, as CMD systems and Camunda Modeler call the APIs. */
  public static Http basic(int port, String user, String password) {
    Http http = anonymous(port);
    http.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http;
  }

  /** Logged in to the webapps (Tasklist/Cockpit) with a session cookie and the CSRF token, as a browser is. */
  public static Http webappSession(int port, String user, String password, String app) {
    CookieManager cookies = new CookieManager();
    Http http = new Http("http://localhost:" + port, HttpClient.newBuilder().cookieHandler(cookies).build());
    http.cookies = cookies;
    http.get("/camunda/app/" + app + "/");
    http.csrfToken = http.cookie("XSRF-TOKEN");
    Response login = http.form("/camunda/api/admin/auth/user/default/login/" + app,
        Map.of("username", user, "password", password));
    if (login.status() != 200) {
      throw new IllegalStateException("login failed: " + login.status() + " " + login.body());
    }
    // The session may be new after login; a read request hands out its CSRF token as a cookie.
    http.get("/camunda/api/admin/auth/user/default");
    http.csrfToken = http.cookie("XSRF-TOKEN");
    return http;
  }

  /** The same session, sending no CSRF token (as a request forged by another site would). */
  public Http withoutCsrfToken() {
    Http copy = new Http(baseUrl, client);
    copy.cookies = cookies;
    copy.authorization = authorization;
    return copy;
  }

  private String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue).reduce((first, last) -> last).orElse(null);
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  /** A GET as a browser asks for a page or a download (Accept: text/html, …). */
  public Response get(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET());
  }

  public Response postJson(String path, Object body) {
    return postJson(path, body, Map.of());
  }

  public Response postJson(String path, Object body, Map<String, String> headers) {
    HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(toJson(body)));
    headers.forEach(request::setHeader);
    return send(request);
  }

  public Response putJson(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
  }

  public Response form(String path, Map<String, String> fields) {
    StringBuilder encoded = new StringBuilder();
    fields.forEach((k, v) -> encoded.append(encoded.isEmpty() ? "" : "&")
        .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encoded.toString())));
  }

  /** A multipart upload as Camunda Modeler deploys: text fields plus one file. */
  public Response postMultipart(String path, Map<String, String> fields, String fileName, byte[] file) {
    String boundary = "plusteam-" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (csrfToken != null) {
      builder.header("X-XSRF-TOKEN", csrfToken);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Map<String, String> headers = new LinkedHashMap<>();
      response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
      return new Response(response.statusCode(), headers, response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String toJson(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public record Response(int status, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase());
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + body, e);
      }
    }
  }
}
