package nl.plusteam.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.GeneralistDirectory;
import nl.plusteam.casefile.InvalidCaseInputException;
import nl.plusteam.casefile.NextStep;
import nl.plusteam.casefile.process.CaseEngine;
import nl.plusteam.scaling.ScalingService;
import nl.plusteam.system.DutchDates;
import nl.plusteam.system.process.DossierFields;

/**
 * Carries out what a caseload talk agreed on the running cases, through the engine: another lead or duo partner
 * (open tasks move with them), a third involved generalist, an evaluation brought forward (the timer the case
 * waits at moves), or a scale-down (the case's process moves on). Everything is checked first and refused in
 * Dutch with every problem at once; the whole talk is one transaction, so a refusal leaves nothing behind.
 */
@Service
public class CaseActions {

  /** How many actions a form offers (numbered groups action1 … action6: Tasklist 7.24 has no dynamic lists). */
  public static final int SLOTS = 6;
  private static final int MAX_TEXT = 4000;
  private static final Logger LOG = LoggerFactory.getLogger(CaseActions.class);
  private static final Set<CaseStatus> EVALUATED = Set.of(CaseStatus.SUPPORT, CaseStatus.LIFE_COURSE,
      CaseStatus.MONITORING);

  private final CaseFileService caseFiles;
  private final CaseEngine engine;
  private final ScalingService scaling;
  private final GeneralistDirectory generalists;
  private final Availability availability;
  private final CaseThirdPartyRepository thirdParties;
  private final CaseloadActionRepository actions;
  private final Clock clock;

  CaseActions(CaseFileService caseFiles, CaseEngine engine, ScalingService scaling, GeneralistDirectory generalists,
      Availability availability, CaseThirdPartyRepository thirdParties, CaseloadActionRepository actions,
      Clock clock) {
    this.caseFiles = caseFiles;
    this.engine = engine;
    this.scaling = scaling;
    this.generalists = generalists;
    this.availability = availability;
    this.thirdParties = thirdParties;
    this.actions = actions;
    this.clock = clock;
  }

  /**
   * Reads and checks the filled-in action slots of a form against the cases as they are now. Only actions of the
   * allowed kinds, and only on the given cases (the generalist's cases the form offered), are accepted.
   */
  @Transactional(readOnly = true)
  public List<AgreedAction> read(DossierFields form, Set<ActionKind> allowed, Collection<CaseFile> offeredCases) {
    Map<String, CaseFile> cases = offeredCases.stream()
        .collect(Collectors.toMap(CaseFile::getReference, c -> c, (a, b) -> a, LinkedHashMap::new));
    Map<String, ActionKind> kinds = new LinkedHashMap<>();
    allowed.forEach(kind -> kinds.put(kind.code(), kind));
    LocalDate today = LocalDate.now(clock);
    List<AgreedAction> agreed = new ArrayList<>();
    for (int position = 1; position <= SLOTS; position++) {
      JsonNode slot = form.node("action" + position);
      if (!hasContent(slot)) {
        continue;
      }
      DossierFields fields = form.nested(slot, "Actie " + position);
      ActionKind kind = fields.choice("kind", "wat er is afgesproken", kinds);
      if (kind == null) {
        continue;
      }
      CaseFile caseFile = null;
      if (kind != ActionKind.AGREEMENT || fields.has("caseReference")) {
        String reference = fields.text("caseReference", "de casus", 20);
        caseFile = reference == null ? null : cases.get(reference);
        if (reference != null && caseFile == null) {
          fields.problem("casus " + reference + " is geen lopende casus van deze generalist.");
        }
      }
      String generalist = kind.needsGeneralist() ? fields.text("generalist", "de generalist", 64) : null;
      LocalDate date = kind == ActionKind.EVALUATE_EARLIER ? fields.date("date", "de nieuwe evaluatiedatum") : null;
      NextStep scaleDownTo = kind == ActionKind.SCALE_DOWN
          ? fields.choice("scaleDownKind", "waarheen de casus afschaalt", ScalingService.TEAM_MANAGER_OPTIONS) : null;
      String description = kind == ActionKind.AGREEMENT || kind == ActionKind.SCALE_DOWN
          ? fields.text("description", kind == ActionKind.SCALE_DOWN ? "de reden van het afschalen" : "de afspraak",
              MAX_TEXT)
          : fields.optionalText("description", "de toelichting", MAX_TEXT);
      if (scaleDownTo == NextStep.LIFE_COURSE && !slot.path("tripleL").asBoolean(false)) {
        fields.problem("levensloopondersteuning is alleen voor Triple-L-huishoudens; bevestig dat dit huishouden "
            + "Triple L is.");
      }
      if (caseFile != null) {
        check(fields, kind, caseFile, generalist, date, today);
      }
      agreed.add(new AgreedAction(position, kind, caseFile, generalist, date, scaleDownTo, description));
    }
    form.orRefuse();
    return agreed;
  }

  private void check(DossierFields fields, ActionKind kind, CaseFile caseFile, String generalist, LocalDate date,
      LocalDate today) {
    String reference = caseFile.getReference();
    if (generalist != null) {
      if (!generalists.isGeneralist(generalist)) {
        fields.problem("'" + generalist + "' is geen generalist van het PlusTeam.");
        return;
      }
      availability.unavailability(generalist).ifPresent(fields::problem);
    }
    switch (kind) {
      case NEW_LEAD -> {
        if (generalist != null && generalist.equals(caseFile.getLeadGeneralist())) {
          fields.problem(generalists.nameOf(generalist) + " is al regisseur van " + reference + ".");
        }
      }
      case NEW_PARTNER -> {
        if (generalist != null && generalist.equals(caseFile.getPartnerGeneralist())) {
          fields.problem(generalists.nameOf(generalist) + " is al duopartner van " + reference + ".");
        } else if (generalist != null && generalist.equals(caseFile.getLeadGeneralist())) {
          fields.problem("de regisseur van " + reference + " kan niet ook duopartner zijn; kies een andere generalist"
              + " (of wissel de regisseur).");
        }
      }
      case THIRD_PARTY -> {
        if (generalist != null && (generalist.equals(caseFile.getLeadGeneralist())
            || generalist.equals(caseFile.getPartnerGeneralist()))) {
          fields.problem(generalists.nameOf(generalist) + " is al regisseur of duopartner van " + reference + ".");
        } else if (generalist != null && thirdParties.existsByCaseFileIdAndUserId(caseFile.getId(), generalist)) {
          fields.problem(generalists.nameOf(generalist) + " is al derde betrokkene bij " + reference + ".");
        }
      }
      case EVALUATE_EARLIER -> {
        if (!EVALUATED.contains(caseFile.getStatus())) {
          fields.problem("casus " + reference + " is nu: " + caseFile.getStatus().label()
              + "; er is (nog) geen evaluatie gepland om te vervroegen.");
        } else if (date != null) {
          var next = engine.nextEvaluation(caseFile.getProcessInstanceId());
          if (next.isEmpty()) {
            fields.problem("in casus " + reference + " staat de evaluatie al open; vervroegen is niet nodig.");
          } else if (date.isBefore(today)) {
            fields.problem("de nieuwe evaluatiedatum ligt in het verleden.");
          } else if (!date.atStartOfDay(clock.getZone()).toInstant().isBefore(next.get().toInstant())) {
            fields.problem("de evaluatie van " + reference + " staat al op "
                + DutchDates.format(LocalDate.ofInstant(next.get().toInstant(), clock.getZone()))
                + "; kies een eerdere datum.");
          }
        }
      }
      default -> {
        // an agreement changes nothing in the case; a scale-down is checked by the scaling service itself
      }
    }
  }

  /**
   * Whether the step with this source key carried its actions out already. A repeated step must not check them
   * again: the first run changed the cases they were checked against (a new lead "is already lead").
   */
  @Transactional(readOnly = true)
  public boolean carriedOut(String sourceKey) {
    return actions.existsBySourceKey(sourceKey);
  }

  /**
   * Carries the actions out and records them (talk, source key and position identify them: a retried step finds
   * them and does nothing twice).
   */
  @Transactional
  public void carryOut(List<AgreedAction> agreed, Long talkId, String actor, String sourceKey) {
    if (actions.existsBySourceKey(sourceKey)) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    for (AgreedAction action : agreed) {
      try {
        act(action, actor, sourceKey + ":" + action.position());
      } catch (InvalidCaseInputException e) {
        throw new InvalidCaseInputException("Actie " + action.position() + ": " + e.getMessage());
      }
      actions.save(new CaseloadAction(talkId, sourceKey, action.position(), action, today, actor));
    }
  }

  private void act(AgreedAction action, String actor, String sourceKey) {
    CaseFile caseFile = action.caseFile() == null ? null : caseFiles.get(action.caseFile().getId());
    switch (action.kind()) {
      case NEW_LEAD -> {
        String oldLead = caseFile.getLeadGeneralist();
        String partner = caseFile.getPartnerGeneralist();
        // the partner who becomes lead swaps roles with the old lead
        String newPartner = action.generalist().equals(partner) ? oldLead : partner;
        handOver(caseFile, action.generalist(), newPartner);
      }
      case NEW_PARTNER -> handOver(caseFile, caseFile.getLeadGeneralist(), action.generalist());
      case THIRD_PARTY -> thirdParties.save(
          new CaseThirdParty(caseFile.getId(), action.generalist(), LocalDate.now(clock), actor));
      case EVALUATE_EARLIER -> {
        Date at = Date.from(action.date().atStartOfDay(clock.getZone()).toInstant());
        if (engine.bringEvaluationForward(caseFile.getProcessInstanceId(), at).isEmpty()) {
          throw new InvalidCaseInputException("in casus " + caseFile.getReference()
              + " staat de evaluatie al open; vervroegen is niet nodig.");
        }
        LOG.info("Casus {}: evaluatie vervroegd naar {}", caseFile.getReference(), action.date());
      }
      case SCALE_DOWN -> scaling.scaleDown(caseFile, action.scaleDownTo(), action.description(), actor, sourceKey);
      case AGREEMENT -> {
        // recorded only
      }
    }
  }

  private void handOver(CaseFile caseFile, String lead, String partner) {
    Map<String, String> replacements = new HashMap<>();
    if (!lead.equals(caseFile.getLeadGeneralist())) {
      replacements.put(caseFile.getLeadGeneralist(), lead);
    }
    if (!partner.equals(caseFile.getPartnerGeneralist())) {
      replacements.put(caseFile.getPartnerGeneralist(), partner);
    }
    engine.replaceGeneralists(caseFile.getProcessInstanceId(), replacements);
    caseFiles.changeTeam(caseFile.getId(), lead, partner);
  }

  /** What was agreed in a talk, for reading back. */
  @Transactional(readOnly = true)
  public List<CaseloadAction> agreedIn(Long talkId) {
    return actions.findByTalkIdOrderByPositionAsc(talkId);
  }

  @Transactional(readOnly = true)
  public List<CaseloadAction> agreedBy(String sourceKey) {
    return actions.findBySourceKeyOrderByPositionAsc(sourceKey);
  }

  @Transactional(readOnly = true)
  public List<CaseThirdParty> thirdPartiesOf(Long caseFileId) {
    return thirdParties.findByCaseFileId(caseFileId);
  }

  private static boolean hasContent(JsonNode slot) {
    for (JsonNode value : slot) {
      if (!value.isNull() && !value.asText().isBlank() && !(value.isBoolean() && !value.booleanValue())) {
        return true;
      }
    }
    return false;
  }
}
