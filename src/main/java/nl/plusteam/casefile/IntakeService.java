package nl.plusteam.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.system.process.DossierFields;
import nl.plusteam.zrm.ZrmDomain;
import nl.plusteam.zrm.ZrmMeasurement;
import nl.plusteam.zrm.ZrmService;

/** Records the intake conversation in the dossier: what it learned, the first ZRM, safety, and whether the household fits. */
@Service
public class IntakeService {

  static final int MAX_TEXT = 4000;

  private final CaseFileService caseFiles;
  private final ZrmService zrm;
  private final Clock clock;

  IntakeService(CaseFileService caseFiles, ZrmService zrm, Clock clock) {
    this.caseFiles = caseFiles;
    this.zrm = zrm;
    this.clock = clock;
  }

  /** Returns whether the household fits the PlusTeam (a routing fact for the engine). */
  @Transactional
  public boolean record(Long caseFileId, JsonNode dossier, String actor, String sourceKey) {
    DossierFields fields = DossierFields.of(dossier);
    LocalDate heldOn = fields.dateNotInFuture("intakeDate", "de datum van het intakegesprek", LocalDate.now(clock));
    String question = fields.text("questionBehindQuestion", "de vraag achter de vraag", MAX_TEXT);
    String strengths = fields.text("strengthsAndSources", "de krachten en bronnen", MAX_TEXT);
    Map<ZrmDomain, Integer> scores = zrm.read(fields);
    SafetyAssessment safety = fields.choice("safety", "de veiligheidsinschatting", SafetyAssessment::ofCode);
    String safetyNotes = fields.optionalText("safetyNotes", "de toelichting op de veiligheid", MAX_TEXT);
    if (safety != null && safety != SafetyAssessment.VEILIG && safetyNotes == null) {
      fields.problem("licht de zorgen over de veiligheid toe.");
    }
    boolean fits = fields.yes("householdFits", "past het huishouden bij het PlusTeam");
    String returnReason = fields.optionalText("notFittingReason", "de reden", MAX_TEXT);
    if (!fits && returnReason == null && !fields.node("householdFits").isMissingNode()) {
      fields.problem("geef de reden waarom het huishouden niet past; het CMD krijgt die te zien.");
    }
    fields.orRefuse();
    CaseFile caseFile = caseFiles.get(caseFileId);
    caseFile.recordIntake(heldOn, question, strengths, safety, safetyNotes, fits, returnReason);
    zrm.record(caseFileId, heldOn, ZrmMeasurement.Occasion.INTAKE, scores, actor, sourceKey);
    return fits;
  }
}
