package nl.plusteam.caseload.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.caseload.Availability;
import nl.plusteam.caseload.CaseloadService;
import nl.plusteam.caseload.GeneralistAbsence;
import nl.plusteam.system.process.Actors;
import nl.plusteam.system.process.DossierInput;

/**
 * "Afwezigheid vastleggen": the absence (or the return that ends it) goes to the dossier, reason included; the engine
 * keeps who and from when, and whether any running case needs cover.
 */
@Component
public class RecordAbsenceDelegate implements JavaDelegate {

  /** Cover is due by the end of the working day the absence starts (or today, when it already started). */
  static final int COVER_HOUR = 17;

  private final Availability availability;
  private final CaseloadService caseloads;
  private final java.time.Clock clock;

  RecordAbsenceDelegate(Availability availability, CaseloadService caseloads, java.time.Clock clock) {
    this.availability = availability;
    this.caseloads = caseloads;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    com.fasterxml.jackson.databind.JsonNode dossier = DossierInput.take(execution);
    boolean returning = "terug".equals(dossier.path("kind").asText());
    GeneralistAbsence absence = availability.record(dossier, Actors.current(execution), Actors.sourceKey(execution));
    execution.setVariable(AbsenceProcess.Variables.ABSENT_GENERALIST, absence.getUserId());
    execution.setVariable(AbsenceProcess.Variables.ABSENT_FROM,
        Date.from(absence.getAbsentFrom().atStartOfDay(clock.getZone()).toInstant()));
    java.time.LocalDate coverDay = absence.getAbsentFrom().isAfter(availability.today()) ? absence.getAbsentFrom()
        : availability.today();
    execution.setVariable(AbsenceProcess.Variables.COVER_DUE,
        Date.from(coverDay.atTime(COVER_HOUR, 0).atZone(clock.getZone()).toInstant()));
    boolean absentNowOrLater = absence.getAbsentUntil() == null
        || !absence.getAbsentUntil().isBefore(availability.today());
    execution.setVariable(AbsenceProcess.Variables.COVER_NEEDED, !returning && absentNowOrLater && caseloads.detailOf(absence.getUserId())
        .cases().stream().anyMatch(line -> line.role() != nl.plusteam.caseload.CaseRole.DERDE_BETROKKEN));
  }
}
