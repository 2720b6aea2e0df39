package nl.plusteam.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.DeadlineKind;
import nl.plusteam.casefile.GeneralistDirectory;
import nl.plusteam.casefile.InvalidCaseInputException;
import nl.plusteam.casefile.process.CaseEngine;
import nl.plusteam.scaling.ScaleKind;
import nl.plusteam.scaling.ScalingService;
import nl.plusteam.system.DutchDates;
import nl.plusteam.system.process.DossierFields;
import nl.plusteam.system.process.DossierInput;

/**
 * Safety signals and the five steps of the reporting code for domestic violence and child abuse (meldcode).
 * Step 1 raises the signal on a running case; steps 2-5 are recorded from the meldcode model's tasks.
 */
@Service
public class SafetySignalService {

  private static final Logger LOG = LoggerFactory.getLogger(SafetySignalService.class);
  static final int MAX_TEXT = 4000;

  private final SafetySignalRepository signals;
  private final CaseFileService caseFiles;
  private final GeneralistDirectory generalists;
  private final ScalingService scaling;
  private final CaseEngine engine;
  private final Clock clock;

  SafetySignalService(SafetySignalRepository signals, CaseFileService caseFiles, GeneralistDirectory generalists,
      ScalingService scaling, CaseEngine engine, Clock clock) {
    this.signals = signals;
    this.caseFiles = caseFiles;
    this.generalists = generalists;
    this.scaling = scaling;
    this.engine = engine;
    this.clock = clock;
  }

  /** The three questions of the weighing framework, as the professional answered them (routing facts). */
  public record Weighing(boolean acuteUnsafety, boolean structuralUnsafety, boolean helpPossible) {}

  /** Step 1: a lead or partner raises a signal on a running case; the case starts the meldcode. */
  @Transactional
  public SafetySignal raise(JsonNode dossier, String actor, String sourceKey) {
    DossierFields fields = DossierFields.of(dossier);
    String reference = fields.text("caseReference", "het casusnummer (PT-jjjj-nnnnnn)", 20);
    String text = fields.text("signals", "de signalen", MAX_TEXT);
    LocalDate since = !fields.has("observedSince") ? null
        : fields.dateNotInFuture("observedSince", "sinds wanneer", today());
    fields.orRefuse();
    Optional<SafetySignal> earlier = signals.findBySourceKey(sourceKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    CaseFile caseFile = caseFiles.findByReference(reference.toUpperCase())
        .filter(c -> c.isWorkedOnBy(actor))
        .orElseThrow(() -> new InvalidCaseInputException("U bent geen regisseur of duopartner van casus " + reference
            + ". Controleer het casusnummer, of vraag de regisseur het signaal te melden."));
    // handed back: the PlusTeam is responsible until the CMD has taken the household over
    if (!caseFile.isRunning() && caseFile.getStatus() != CaseStatus.HANDED_BACK) {
      throw new InvalidCaseInputException("Casus " + caseFile.getReference() + " loopt niet meer ("
          + caseFile.getStatus().label() + "). Bij acuut gevaar: bel 112 of Veilig Thuis (0800-2000).");
    }
    if (signals.existsByCaseFileIdAndRaisedByAndSignalsAndStatusNot(caseFile.getId(), actor, text,
        SafetySignal.Status.DECIDED)) {
      throw new InvalidCaseInputException("Dit signaal is al gemeld voor casus " + caseFile.getReference()
          + " en de meldcode loopt; ga verder met de taak in uw takenlijst.");
    }
    SafetySignal signal = signals.save(new SafetySignal(caseFile.getId(), actor, clock.instant(), text, since, sourceKey));
    if (!engine.raiseSafetySignal(caseFile.getProcessInstanceId(), signal.getId(), actor)) {
      throw new InvalidCaseInputException("Casus " + caseFile.getReference() + " loopt niet meer in het proces.");
    }
    LOG.info("Veiligheidssignaal {} gemeld in casus {}", signal.getId(), caseFile.getReference());
    return signal;
  }

  /** Step 2: who was consulted and when, and whether Veilig Thuis gave advice. */
  @Transactional
  public void recordConsultation(Long signalId, JsonNode dossier) {
    DossierFields fields = DossierFields.of(dossier);
    String colleague = fields.text("consultedColleague", "met wie u heeft overlegd", 200);
    LocalDate on = fields.dateNotInFuture("consultedOn", "de datum van het overleg", today());
    boolean veiligThuis = fields.yes("veiligThuisConsulted", "of Veilig Thuis om advies is gevraagd");
    LocalDate veiligThuisOn = veiligThuis
        ? fields.dateNotInFuture("veiligThuisConsultedOn", "de datum van het advies van Veilig Thuis", today()) : null;
    String notes = fields.text("consultationNotes", "de uitkomst van het overleg", MAX_TEXT);
    fields.orRefuse();
    get(signalId).recordConsultation(colleague, on, veiligThuis, veiligThuisOn, notes);
  }

  /** Step 3: the talk with the client, or why it could not (yet) take place. */
  @Transactional
  public void recordClientTalk(Long signalId, JsonNode dossier) {
    DossierFields fields = DossierFields.of(dossier);
    boolean talked = fields.yes("clientTalked", "of het gesprek met de cliënt is gevoerd");
    LocalDate on = talked ? fields.dateNotInFuture("clientTalkedOn", "de datum van het gesprek", today()) : null;
    String notes = fields.text("clientTalkNotes", talked ? "wat er is besproken" : "waarom het gesprek (nog) niet kan", MAX_TEXT);
    fields.orRefuse();
    get(signalId).recordClientTalk(talked, on, notes);
  }

  /** Step 4: the professional's weighing; its answers feed the weighing framework (decision table). */
  @Transactional
  public Weighing recordWeighing(Long signalId, JsonNode dossier) {
    DossierFields fields = DossierFields.of(dossier);
    boolean acute = fields.yes("acuteUnsafety", "of er acute onveiligheid is");
    boolean structural = fields.yes("structuralUnsafety", "of er structurele onveiligheid is");
    boolean help = fields.yes("helpPossible", "of passende hulp mogelijk is en wordt aanvaard");
    String notes = fields.text("weighingNotes", "de onderbouwing van de weging", MAX_TEXT);
    fields.orRefuse();
    get(signalId).recordWeighing(acute, structural, help, notes);
    return new Weighing(acute, structural, help);
  }

  /** The weighing framework's outcome and the decision's deadline, kept with the signal for the record. */
  @Transactional
  public void recordAssessment(Long signalId, String assessment, boolean reportRequired, Instant decisionDueAt) {
    get(signalId).recordAssessment(assessment, reportRequired, decisionDueAt);
  }

  /** The weighing's outcome as a Dutch sentence, for forms. */
  public static String describe(String assessment, boolean reportRequired) {
    String what = switch (assessment == null ? "" : assessment) {
      case "acuut" -> "acute onveiligheid";
      case "structureel" -> "structurele onveiligheid";
      default -> "zorgen, geen acute of structurele onveiligheid";
    };
    return what + (reportRequired ? "; melden bij Veilig Thuis is nodig" : "; hulp organiseren, melden is niet nodig");
  }

  /**
   * Step 5: organise help and/or report to Veilig Thuis, possibly involve a certified institution. Every
   * measure is recorded as a scale-up. Returns whether the PlusTeam stays involved in the case.
   */
  @Transactional
  public boolean recordDecision(Long signalId, JsonNode dossier, String actor, String sourceKey) {
    SafetySignal signal = get(signalId);
    DossierFields fields = DossierFields.of(dossier);
    LocalDate on = fields.dateNotInFuture("decidedOn", "de datum van het besluit", today());
    boolean help = fields.yes("helpOrganised", "of het PlusTeam hulp organiseert");
    String helpText = help ? fields.text("helpDescription", "welke hulp", MAX_TEXT) : null;
    boolean reported = fields.yes("reportedToVeiligThuis", "of er is gemeld bij Veilig Thuis");
    LocalDate reportDate = reported ? fields.dateNotInFuture("reportDate", "de datum van de melding", today()) : null;
    String reference = reported ? fields.text("reportReference", "het kenmerk van de melding", 100) : null;
    String noReportReason = fields.optionalText("noReportReason", "waarom niet gemeld", MAX_TEXT);
    boolean institution = fields.yes("certifiedInstitution", "of een gecertificeerde instelling wordt betrokken");
    String institutionName = institution
        ? fields.text("certifiedInstitutionName", "welke gecertificeerde instelling", 200) : null;
    boolean continues = fields.yes("caseContinues", "of het PlusTeam de casus blijft begeleiden");
    if (fields.has("helpOrganised") && fields.has("reportedToVeiligThuis") && !help && !reported) {
      fields.problem("besluit minstens één: hulp organiseren of melden bij Veilig Thuis.");
    }
    if (Boolean.TRUE.equals(signal.getReportRequired()) && fields.has("reportedToVeiligThuis") && !reported
        && noReportReason == null) {
      fields.problem("de weging vraagt om een melding bij Veilig Thuis: meld, of leg vast waarom u niet meldt.");
    }
    if (fields.has("caseContinues") && !continues) {
      signals.findByCaseFileIdOrderByIdAsc(signal.getCaseFileId()).stream()
          .filter(other -> !other.getId().equals(signalId) && other.getStatus() != SafetySignal.Status.DECIDED)
          .findFirst()
          .ifPresent(other -> fields.problem("er loopt nog een ander veiligheidssignaal in deze casus (gemeld door "
              + generalists.nameOf(other.getRaisedBy()) + "). Rond dat eerst af, of laat het PlusTeam betrokken blijven."));
    }
    fields.orRefuse();
    signal.recordDecision(on, actor, help, helpText, reported, reportDate, reference, reported ? null : noReportReason,
        institutionName, continues);
    Long caseFileId = signal.getCaseFileId();
    if (help) {
      scaling.record(caseFileId, ScaleKind.SAFETY_HELP, on, helpText, actor, signalId, sourceKey);
    }
    if (reported) {
      scaling.record(caseFileId, ScaleKind.VEILIG_THUIS_REPORT, reportDate, "Melding bij Veilig Thuis, kenmerk " + reference,
          actor, signalId, sourceKey);
    }
    if (institution) {
      scaling.record(caseFileId, ScaleKind.CERTIFIED_INSTITUTION, on, "Gecertificeerde instelling: " + institutionName
          + (continues ? "; het PlusTeam blijft betrokken" : ""), actor, signalId, sourceKey);
    }
    // a case that has ended meanwhile (closed, returned) has nothing left to stop
    CaseFile caseFile = caseFiles.get(caseFileId);
    return continues || !caseFile.isRunning() && caseFile.getStatus() != CaseStatus.HANDED_BACK;
  }

  /** The decision came too late: recorded once for the KPIs. */
  @Transactional
  public void recordDecisionBreach(Long signalId, Instant dueAt) {
    caseFiles.recordBreach(get(signalId).getCaseFileId(), DeadlineKind.SAFETY_DECISION, dueAt);
  }

  /**
   * What the meldcode's forms show: the signal and the steps recorded so far, and who to contact (the one
   * who raised it and the case's lead), with names and Dutch dates.
   */
  @Transactional(readOnly = true)
  public ObjectNode asFormData(Long signalId) {
    SafetySignal s = get(signalId);
    StringBuilder text = new StringBuilder("Gemeld door ").append(generalists.nameOf(s.getRaisedBy())).append(": ")
        .append(s.getSignals());
    if (s.getObservedSince() != null) {
      text.append(" (sinds ").append(DutchDates.format(s.getObservedSince())).append(")");
    }
    if (s.getConsultationNotes() != null) {
      text.append("\nOverleg op ").append(DutchDates.format(s.getConsultedOn())).append(" met ")
          .append(s.getConsultedColleague());
      if (Boolean.TRUE.equals(s.getVeiligThuisConsulted())) {
        text.append("; advies Veilig Thuis op ").append(DutchDates.format(s.getVeiligThuisConsultedOn()));
      }
      text.append(": ").append(s.getConsultationNotes());
    }
    if (s.getClientTalkNotes() != null) {
      text.append(Boolean.TRUE.equals(s.getClientTalked())
          ? "\nGesprek met de cliënt op " + DutchDates.format(s.getClientTalkedOn()) + ": "
          : "\nGeen gesprek met de cliënt: ").append(s.getClientTalkNotes());
    }
    if (s.getWeighingNotes() != null) {
      text.append("\nWeging: acute onveiligheid ").append(yesNo(s.getAcuteUnsafety()))
          .append(", structurele onveiligheid ").append(yesNo(s.getStructuralUnsafety()))
          .append(", passende hulp mogelijk en aanvaard ").append(yesNo(s.getHelpPossible()))
          .append(". ").append(s.getWeighingNotes());
    }
    CaseFile caseFile = caseFiles.get(s.getCaseFileId());
    ObjectNode data = DossierInput.newObject();
    data.put("signalSummary", text.toString());
    data.put("contacts", "Melder: " + generalists.contactOf(s.getRaisedBy()) + "\nRegisseur: "
        + generalists.contactOf(caseFile.getLeadGeneralist()) + "\nDuopartner: "
        + generalists.contactOf(caseFile.getPartnerGeneralist()));
    return data;
  }

  private static String yesNo(Boolean answer) {
    return Boolean.TRUE.equals(answer) ? "ja" : "nee";
  }

  @Transactional(readOnly = true)
  public SafetySignal get(Long signalId) {
    return signals.findById(signalId)
        .orElseThrow(() -> new NoSuchElementException("Veiligheidssignaal " + signalId + " bestaat niet"));
  }

  @Transactional(readOnly = true)
  public String caseReferenceOf(SafetySignal signal) {
    return caseFiles.get(signal.getCaseFileId()).getReference();
  }

  @Transactional(readOnly = true)
  public List<SafetySignal> of(Long caseFileId) {
    return signals.findByCaseFileIdOrderByIdAsc(caseFileId);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
