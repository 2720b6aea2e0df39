package nl.plusteam.caseload.process;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.plusteam.caseload.CaseloadTalkService;

/**
 * The collection of the multi-instance "Caseloadgesprek per generalist": the generalists the round was planned
 * for, read from the dossier (a list variable in the engine would have to be serialized).
 */
@Component
public class CaseloadRounds {

  private final CaseloadTalkService talks;

  CaseloadRounds(CaseloadTalkService talks) {
    this.talks = talks;
  }

  public List<String> participants(String roundKey) {
    return talks.participants(roundKey);
  }
}
