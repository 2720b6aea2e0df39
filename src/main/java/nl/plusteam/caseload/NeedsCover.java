package nl.plusteam.caseload;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.plusteam.casefile.CaseFile;

/** The running cases whose lead or duo partner is absent today: the team manager's "needs cover" list. */
@Service
public class NeedsCover {

  private final Availability availability;
  private final CaseloadService caseloads;

  NeedsCover(Availability availability, CaseloadService caseloads) {
    this.availability = availability;
    this.caseloads = caseloads;
  }

  /** A case that needs cover: whose role is vacant, and until when (null: open-ended). */
  public record Uncovered(CaseFile caseFile, String absentGeneralist, CaseRole role, GeneralistAbsence absence) {}

  @Transactional(readOnly = true)
  public List<Uncovered> today() {
    List<Uncovered> uncovered = new ArrayList<>();
    java.time.LocalDate today = availability.today();
    for (String userId : availability.unavailableOn(today).stream().sorted().toList()) {
      GeneralistAbsence absence = availability.absenceOn(userId, today).orElseThrow();
      for (CaseloadService.CaseLine line : caseloads.detailOf(userId).cases()) {
        if (line.role() != CaseRole.DERDE_BETROKKEN) {
          uncovered.add(new Uncovered(line.caseFile(), userId, line.role(), absence));
        }
      }
    }
    return uncovered;
  }
}
