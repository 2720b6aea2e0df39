package nl.plusteam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The first-run setup stays possible on an empty installation (no demo users, production profile). */
class AdminSetupGuardFilterTests {

  private final IdentityService identityService = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final AdminSetupGuardFilter filter = new AdminSetupGuardFilter(identityService);

  @Test
  void emptyUserStore_setupPassesThrough() throws Exception {
    when(identityService.createUserQuery().count()).thenReturn(0L);
    MockFilterChain chain = new MockFilterChain();
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(setupRequest(), response, chain);

    assertThat(chain.getRequest()).as("passed on to the Admin setup").isNotNull();
    assertThat(response.getStatus()).isEqualTo(200);
  }

  @Test
  void anyUser_setupIsRefused() throws Exception {
    when(identityService.createUserQuery().count()).thenReturn(1L);
    MockFilterChain chain = new MockFilterChain();
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(setupRequest(), response, chain);

    assertThat(chain.getRequest()).isNull();
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentAsString()).contains("er bestaan al gebruikers");
  }

  private static MockHttpServletRequest setupRequest() {
    return new MockHttpServletRequest("POST", "/camunda/api/admin/setup/default/user/create");
  }
}
