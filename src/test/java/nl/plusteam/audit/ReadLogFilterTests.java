package nl.plusteam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import nl.plusteam.security.CurrentUser;

/** No log, no read: the answer is held back until its read is recorded. */
class ReadLogFilterTests {

  private static final String CASE_DATA = "{\"caseReference\":\"PT-2026-000001\",\"status\":\"RECEIVED\"}";

  private final DossierReadLog log = mock(DossierReadLog.class);
  private final ReadLogFilter filter = new ReadLogFilter(log, mock(IdentityService.class), new ObjectMapper(),
      "/camunda/api/engine/engine");

  @Test
  void aReadThatCannotBeRecorded_isRefusedWithoutTheData() throws Exception {
    when(log.record(anyString(), any(), anyString(), anyString(), any())).thenThrow(new IllegalStateException("db down"));
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(apiRead(), response, answering(200));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("PT-2026-000001")
        .contains("niet worden vastgelegd");
  }

  @Test
  void aRecordedRead_passesTheAnswerOn() throws Exception {
    when(log.record(anyString(), any(), anyString(), anyString(), any())).thenReturn(List.of());
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(apiRead(), response, answering(200));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(CASE_DATA);
    verify(log).record(eq("cmd.waalre"), any(), eq("GET"), eq("/api/handoffs/1"), any());
  }

  @Test
  void aRefusedRead_isNotRecorded() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(apiRead(), response, answering(403));

    assertThat(response.getStatus()).isEqualTo(403);
    verify(log, never()).record(any(), any(), any(), any(), any());
  }

  private static MockHttpServletRequest apiRead() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/handoffs/1");
    request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, new CurrentUser("cmd.waalre", List.of("cmd-waalre")));
    return request;
  }

  private static FilterChain answering(int status) {
    return (request, response) -> {
      var http = (jakarta.servlet.http.HttpServletResponse) response;
      http.setStatus(status);
      http.setContentType("application/json");
      http.getOutputStream().write(CASE_DATA.getBytes(StandardCharsets.UTF_8));
    };
  }
}
