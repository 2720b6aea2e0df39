package nl.plusteam.scaling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.InvalidCaseInputException;
import nl.plusteam.casefile.NextStep;
import nl.plusteam.casefile.process.CaseEngine;
import nl.plusteam.system.process.DossierFields;

/**
 * Scaling up and down (handbook steps 7 and 8): every change of intensity or responsibility is recorded
 * with date, reason and who decided, and the case's status follows it.
 */
@Service
public class ScalingService {

  private static final Logger LOG = LoggerFactory.getLogger(ScalingService.class);
  static final int MAX_TEXT = 4000;

  /** The scale-downs a team manager can start outside an evaluation (option values of the form). */
  public static final Map<String, NextStep> TEAM_MANAGER_OPTIONS = Map.of(
      NextStep.BACK_TO_CMD.code(), NextStep.BACK_TO_CMD,
      NextStep.MONITORING.code(), NextStep.MONITORING,
      NextStep.LIFE_COURSE.code(), NextStep.LIFE_COURSE);

  static final Map<String, MonitoringCheckIn.Outcome> CHECK_IN_OUTCOMES = Map.of(
      MonitoringCheckIn.Outcome.CLOSE.code(), MonitoringCheckIn.Outcome.CLOSE,
      MonitoringCheckIn.Outcome.EXTEND.code(), MonitoringCheckIn.Outcome.EXTEND,
      MonitoringCheckIn.Outcome.RELAPSE.code(), MonitoringCheckIn.Outcome.RELAPSE);

  private final ScaleEventRepository events;
  private final MonitoringCheckInRepository checkIns;
  private final CaseFileService caseFiles;
  private final CaseEngine engine;
  private final Clock clock;

  ScalingService(ScaleEventRepository events, MonitoringCheckInRepository checkIns, CaseFileService caseFiles,
      CaseEngine engine, Clock clock) {
    this.events = events;
    this.checkIns = checkIns;
    this.caseFiles = caseFiles;
    this.engine = engine;
    this.clock = clock;
  }

  /**
   * The next step an evaluation chose, as a change of track: into life-course support, monitoring or back
   * to the CMD (scale-downs), or from life-course support back to regular support (a scale-up).
   */
  @Transactional
  public void recordNextStep(Long caseFileId, NextStep step, String reason, LocalDate on, String actor,
      String sourceKey) {
    CaseFile caseFile = caseFiles.get(caseFileId);
    boolean inLifeCourse = caseFile.getStatus() == CaseStatus.LIFE_COURSE;
    switch (step) {
      case LIFE_COURSE -> {
        if (!inLifeCourse) {
          record(caseFileId, ScaleKind.LIFE_COURSE, on, reason, actor, null, sourceKey);
          caseFiles.enterLifeCourse(caseFileId);
        }
      }
      case MONITORING -> {
        record(caseFileId, ScaleKind.MONITORING, on, reason, actor, null, sourceKey);
        caseFiles.enterMonitoring(caseFileId);
      }
      case BACK_TO_CMD -> {
        record(caseFileId, ScaleKind.BACK_TO_CMD, on, reason, actor, null, sourceKey);
        caseFiles.handBack(caseFileId);
      }
      case CONTINUE -> {
        if (inLifeCourse) {
          record(caseFileId, ScaleKind.BACK_TO_REGULAR, on, reason == null ? "Terug naar reguliere ondersteuning" : reason,
              actor, null, sourceKey);
        }
        caseFiles.reviewPlan(caseFileId);
      }
      case CLOSE -> {
        // closing is recorded by the closing task
      }
    }
  }

  /**
   * A team manager scales a case down outside an evaluation (start form "Casus afschalen", or an action
   * of a caseload talk). The case must be in support or life-course support; the case model takes over
   * from its "Volgende stap?" gateway.
   */
  @Transactional
  public CaseFile scaleDownByTeamManager(JsonNode dossier, String actor, String sourceKey) {
    DossierFields fields = DossierFields.of(dossier);
    String reference = fields.text("caseReference", "het casusnummer (PT-jjjj-nnnnnn)", 20);
    NextStep step = fields.choice("scaleDownKind", "waarheen de casus afschaalt", TEAM_MANAGER_OPTIONS);
    String reason = fields.text("reason", "de reden van het afschalen", MAX_TEXT);
    boolean tripleL = fields.node("tripleL").asBoolean(false);
    if (step == NextStep.LIFE_COURSE && !tripleL) {
      fields.problem("levensloopondersteuning is alleen voor Triple-L-huishoudens; bevestig dat dit huishouden Triple L is.");
    }
    fields.orRefuse();
    CaseFile caseFile = caseFiles.findByReference(reference.toUpperCase())
        .orElseThrow(() -> new InvalidCaseInputException("Casus " + reference + " bestaat niet. Controleer het casusnummer."));
    scaleDown(caseFile, step, reason, actor, sourceKey);
    return caseFile;
  }

  /**
   * Scales a case in support or life-course support down, as the team manager decided (from the start form
   * "Casus afschalen" or in a caseload talk): the decision goes to the dossier, the case's process moves on.
   * Triple L must have been confirmed by the caller for the life-course track.
   */
  @Transactional
  public void scaleDown(CaseFile caseFile, NextStep step, String reason, String actor, String sourceKey) {
    if (events.existsBySourceKeyAndKind(sourceKey, kindOf(step))) {
      // a repeated step: the case was scaled down by this very decision (and has moved on since)
      return;
    }
    if (caseFile.getStatus() != CaseStatus.SUPPORT && caseFile.getStatus() != CaseStatus.LIFE_COURSE) {
      throw new InvalidCaseInputException("Casus " + caseFile.getReference() + " is nu: " + caseFile.getStatus().label()
          + ". Afschalen kan tijdens de ondersteuning of de levensloopondersteuning; tijdens de waakvlam besluit de "
          + "regisseur bij het contactmoment.");
    }
    if (step == NextStep.LIFE_COURSE && caseFile.getStatus() == CaseStatus.LIFE_COURSE) {
      throw new InvalidCaseInputException("Casus " + caseFile.getReference() + " heeft al levensloopondersteuning.");
    }
    recordNextStep(caseFile.getId(), step, reason, LocalDate.now(clock), actor, sourceKey);
    if (!engine.scaleDown(caseFile.getProcessInstanceId(), step.code())) {
      throw new InvalidCaseInputException("Casus " + caseFile.getReference() + " wacht nu op een herzien gezinsplan; "
          + "afschalen kan weer zodra het plan akkoord is, of bij de evaluatie.");
    }
    LOG.info("Casus {} afgeschaald door {}: {}", caseFile.getReference(), actor, step.label());
  }

  /** The scale event a team manager's scale-down records. */
  private static ScaleKind kindOf(NextStep step) {
    return switch (step) {
      case LIFE_COURSE -> ScaleKind.LIFE_COURSE;
      case MONITORING -> ScaleKind.MONITORING;
      case BACK_TO_CMD -> ScaleKind.BACK_TO_CMD;
      default -> throw new InvalidCaseInputException("Afschalen kan naar het CMD, de waakvlam of levensloopondersteuning.");
    };
  }

  /** A check-in during monitoring; returns the outcome's code for the model ("afsluiten", "verlengen", "terugval"). */
  @Transactional
  public String recordCheckIn(Long caseFileId, JsonNode dossier, String actor, String sourceKey) {
    DossierFields fields = DossierFields.of(dossier);
    LocalDate heldOn = fields.dateNotInFuture("heldOn", "de datum van het contact", LocalDate.now(clock));
    MonitoringCheckIn.Outcome outcome = fields.choice("outcome", "de uitkomst van het contact", CHECK_IN_OUTCOMES);
    String notes = fields.text("notes", "hoe het met het gezin gaat", MAX_TEXT);
    fields.orRefuse();
    Optional<MonitoringCheckIn> earlier = checkIns.findBySourceKey(sourceKey);
    if (earlier.isPresent()) {
      return earlier.get().getOutcome().code();
    }
    checkIns.save(new MonitoringCheckIn(caseFileId, heldOn, outcome, notes, actor, sourceKey));
    if (outcome == MonitoringCheckIn.Outcome.RELAPSE) {
      record(caseFileId, ScaleKind.RELAPSE, heldOn, notes, actor, null, sourceKey);
      caseFiles.reviewPlan(caseFileId);
    }
    return outcome.code();
  }

  /** Records a scale-up or scale-down once: a retried step finds it and adds nothing. */
  @Transactional
  public void record(Long caseFileId, ScaleKind kind, LocalDate on, String reason, String decidedBy, Long safetySignalId,
      String sourceKey) {
    if (events.existsBySourceKeyAndKind(sourceKey, kind)) {
      return;
    }
    events.save(new ScaleEvent(caseFileId, kind, on, reason, decidedBy, clock.instant(), safetySignalId, sourceKey));
    LOG.info("Casus {}: {} ({})", caseFileId, kind.label(), kind.direction());
  }

  @Transactional(readOnly = true)
  public List<ScaleEvent> of(Long caseFileId) {
    return events.findByCaseFileIdOrderByIdAsc(caseFileId);
  }

  @Transactional(readOnly = true)
  public List<MonitoringCheckIn> checkInsOf(Long caseFileId) {
    return checkIns.findByCaseFileIdOrderByHeldOnAscIdAsc(caseFileId);
  }

  /** Why the case went back to the CMD: the reason of its latest scale-down of that kind. */
  @Transactional(readOnly = true)
  public String handbackReason(Long caseFileId) {
    List<ScaleEvent> all = of(caseFileId);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).getKind() == ScaleKind.BACK_TO_CMD) {
        return all.get(i).getReason();
      }
    }
    return "";
  }
}
