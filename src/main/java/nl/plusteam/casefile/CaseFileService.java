package nl.plusteam.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.casefile.process.CaseEngine;
import nl.plusteam.caseload.Availability;
import nl.plusteam.handoff.Municipality;
import nl.plusteam.handoff.Urgency;
import nl.plusteam.system.process.DossierFields;

/** The case dossier's use cases. Every write here joins the engine's transaction when called from a delegate. */
@Service
public class CaseFileService {

  private static final Logger LOG = LoggerFactory.getLogger(CaseFileService.class);

  private final CaseFileRepository caseFiles;
  private final DeadlineBreachRepository breaches;
  private final CaseReferences references;
  private final CaseEngine engine;
  private final GeneralistDirectory generalists;
  private final Availability availability;
  private final Clock clock;

  CaseFileService(CaseFileRepository caseFiles, DeadlineBreachRepository breaches, CaseReferences references,
      CaseEngine engine, GeneralistDirectory generalists, Availability availability, Clock clock) {
    this.caseFiles = caseFiles;
    this.breaches = breaches;
    this.references = references;
    this.engine = engine;
    this.generalists = generalists;
    this.availability = availability;
    this.clock = clock;
  }

  /** Opens the case for an accepted handoff and starts its process. */
  @Transactional
  public CaseFile open(Long handoffId, Long householdId, Municipality municipality, Urgency urgency,
      Instant receivedAt) {
    CaseFile caseFile = caseFiles.save(
        new CaseFile(references.next(), handoffId, householdId, municipality, urgency, receivedAt));
    caseFile.linkProcessInstance(engine.startCase(caseFile));
    LOG.info("Casus {} geopend (gemeente {}, urgentie {})", caseFile.getReference(), municipality.code(),
        urgency.code());
    return caseFile;
  }

  @Transactional(readOnly = true)
  public CaseFile get(Long caseFileId) {
    return caseFiles.findById(caseFileId)
        .orElseThrow(() -> new NoSuchElementException("Casus " + caseFileId + " bestaat niet"));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<CaseFile> findByHandoff(Long handoffId) {
    return caseFiles.findByHandoffId(handoffId);
  }

  /** Records the lead and partner chosen by the team manager. Both must be generalists, and not the same person. */
  @Transactional
  public void assign(Long caseFileId, String lead, String partner) {
    List<String> problems = distributionProblems(lead, partner);
    if (!problems.isEmpty()) {
      throw new InvalidCaseInputException(String.join(" ", problems));
    }
    get(caseFileId).assign(lead, partner);
  }

  /**
   * What is wrong with a choice of lead and partner, in Dutch; empty when the choice is fine. An absent
   * generalist gets no new cases (a caseload above the norm is only a warning, shown before the choice).
   */
  public List<String> distributionProblems(String lead, String partner) {
    java.util.ArrayList<String> problems = new java.util.ArrayList<>();
    if (!generalists.isGeneralist(lead)) {
      problems.add("Kies als regisseur een generalist van het PlusTeam.");
    } else {
      availability.unavailability(lead).ifPresent(problems::add);
    }
    if (!generalists.isGeneralist(partner)) {
      problems.add("Kies als duopartner een generalist van het PlusTeam.");
    } else if (!partner.equals(lead)) {
      availability.unavailability(partner).ifPresent(problems::add);
    }
    if (lead != null && lead.equals(partner)) {
      problems.add("Regisseur en duopartner moeten twee verschillende generalisten zijn.");
    }
    return problems;
  }

  @Transactional
  public void startSupport(Long caseFileId) {
    get(caseFileId).startSupport();
  }

  /** The case moves to the life-course track (Triple L confirmed). */
  @Transactional
  public void enterLifeCourse(Long caseFileId) {
    get(caseFileId).enterLifeCourse();
  }

  /** The case moves into monitoring (waakvlam): no active support. */
  @Transactional
  public void enterMonitoring(Long caseFileId) {
    get(caseFileId).enterMonitoring();
  }

  /** The PlusTeam scales down to the CMD; the CMD's handback task ends the case. */
  @Transactional
  public void handBack(Long caseFileId) {
    get(caseFileId).handBack();
  }

  /** Support resumes after a plan review (relapse in monitoring, or back from the life-course track). */
  @Transactional
  public void reviewPlan(Long caseFileId) {
    get(caseFileId).reviewPlan();
  }

  /** The final evaluation's closing facts: date, reason, notes. */
  @Transactional
  public void close(Long caseFileId, JsonNode dossier) {
    DossierFields fields = DossierFields.of(dossier);
    LocalDate closedOn = fields.dateNotInFuture("closedOn", "de datum van de eindevaluatie", LocalDate.now(clock));
    ClosingReason reason = fields.choice("closingReason", "de reden van afsluiten", ClosingReason::ofCode);
    String notes = fields.optionalText("closingNotes", "de toelichting", IntakeService.MAX_TEXT);
    Integer satisfaction = fields.number("finalSatisfaction", "de tevredenheid van het gezin", 1, 10);
    if (reason == ClosingReason.ANDERS && notes == null) {
      fields.problem("licht de reden 'anders' toe.");
    }
    fields.orRefuse();
    CaseFile caseFile = get(caseFileId);
    if (caseFile.isClosedWith(closedOn, reason, notes, satisfaction)) {
      // the same closing again (a repeated step): it is recorded already
      return;
    }
    if (caseFile.getStatus() == CaseStatus.CLOSED) {
      throw new InvalidCaseInputException("Casus " + caseFile.getReference() + " is al afgesloten.");
    }
    if (engine.hasOpenSafetySignal(caseFile.getProcessInstanceId())) {
      throw new InvalidCaseInputException("In casus " + caseFile.getReference() + " loopt nog een meldcode "
          + "(veiligheidssignaal). Rond eerst de meldcode af; daarna kunt u de casus afsluiten.");
    }
    caseFile.close(closedOn, reason, notes, satisfaction);
  }

  @Transactional(readOnly = true)
  public java.util.Optional<CaseFile> findByReference(String reference) {
    return caseFiles.findByReference(reference);
  }

  /** Records a missed deadline once: a retried job finds the breach already there and adds nothing. */
  @Transactional
  public void recordBreach(Long caseFileId, DeadlineKind kind, Instant dueAt) {
    if (breaches.existsByCaseFileIdAndKindAndDueAt(caseFileId, kind, dueAt)) {
      return;
    }
    breaches.save(new DeadlineBreach(caseFileId, kind, dueAt, clock.instant()));
    LOG.info("Termijn {} van casus {} overschreden (termijn was {})", kind, caseFileId, dueAt);
  }

  /** Hands the intake to another lead after an escalation. */
  @Transactional
  public void reassignLead(Long caseFileId, String newLead) {
    CaseFile caseFile = get(caseFileId);
    if (!generalists.isGeneralist(newLead)) {
      throw new InvalidCaseInputException("Kies als nieuwe regisseur een generalist van het PlusTeam.");
    }
    if (newLead.equals(caseFile.getPartnerGeneralist())) {
      throw new InvalidCaseInputException("De nieuwe regisseur is nu duopartner; kies een andere generalist.");
    }
    availability.unavailability(newLead).ifPresent(problem -> {
      throw new InvalidCaseInputException(problem);
    });
    if (!engine.reassignIntake(caseFile.getProcessInstanceId(), newLead)) {
      throw new InvalidCaseInputException(
          "Er staat geen intakegesprek open om over te dragen; verdeel de aanmelding eerst via 'Aanmelding verdelen'.");
    }
    caseFile.assign(newLead, caseFile.getPartnerGeneralist());
  }

  /** How many cases a generalist has as lead or partner, per case status. */
  public record RoleCount(String userId, boolean lead, CaseStatus status, long count) {}

  /**
   * Per generalist of the given ones, role and running case status the number of cases: two grouped queries,
   * whatever the team's size.
   */
  @Transactional(readOnly = true)
  public java.util.List<RoleCount> caseCountsPerRole(java.util.Collection<String> userIds) {
    java.util.List<RoleCount> counts = new java.util.ArrayList<>();
    if (userIds.isEmpty()) {
      return counts;
    }
    for (Object[] row : caseFiles.countCasesByLeadAndStatus(userIds, CaseStatus.RUNNING)) {
      counts.add(new RoleCount((String) row[0], true, (CaseStatus) row[1], (Long) row[2]));
    }
    for (Object[] row : caseFiles.countCasesByPartnerAndStatus(userIds, CaseStatus.RUNNING)) {
      counts.add(new RoleCount((String) row[0], false, (CaseStatus) row[1], (Long) row[2]));
    }
    return counts;
  }

  /** The running cases in which the user is lead or duo partner, by reference. */
  @Transactional(readOnly = true)
  public List<CaseFile> runningCasesWith(String userId) {
    return caseFiles.findWithGeneralist(userId, CaseStatus.RUNNING);
  }

  @Transactional(readOnly = true)
  public List<CaseFile> getAll(java.util.Collection<Long> caseFileIds) {
    return caseFiles.findAllById(caseFileIds);
  }

  /**
   * Records a new lead and/or partner of a running case, decided in a caseload talk or when arranging cover;
   * the caller moves the case's tasks through the engine in the same transaction.
   */
  @Transactional
  public void changeTeam(Long caseFileId, String lead, String partner) {
    get(caseFileId).assign(lead, partner);
    LOG.info("Casus {}: regisseur {}, duopartner {}", caseFileId, lead, partner);
  }
}
