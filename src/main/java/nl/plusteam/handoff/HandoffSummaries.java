package nl.plusteam.handoff;

import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.plusteam.zrm.ZrmDomain;

/** What a team manager's task form may show of a handoff: composition and domains, never names or BSNs. */
@Service
public class HandoffSummaries {

  private final HandoffRepository handoffs;

  HandoffSummaries(HandoffRepository handoffs) {
    this.handoffs = handoffs;
  }

  @Transactional(readOnly = true)
  public String summaryOf(Long handoffId) {
    Handoff handoff = handoffs.findById(handoffId).orElseThrow();
    long parents = handoff.getHousehold().count(MemberRole.PARENT);
    long children = handoff.getHousehold().count(MemberRole.CHILD);
    String domains = handoff.getProblemDomains().stream().sorted().map(ZrmDomain::label)
        .collect(Collectors.joining(", "));
    return "%s · %s · %d %s, %d %s · problemen op: %s".formatted(
        handoff.getMunicipality().label(), handoff.getUrgency().label(),
        parents, parents == 1 ? "ouder" : "ouders", children, children == 1 ? "kind" : "kinderen", domains);
  }
}
