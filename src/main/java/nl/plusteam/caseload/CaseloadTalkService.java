package nl.plusteam.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.casefile.GeneralistDirectory;
import nl.plusteam.system.process.DossierFields;

/**
 * The six-weekly caseload talks (handbook: "the six-weekly caseload talk"): who takes part in a round, each
 * generalist's preparation, and the talk with its agreed actions. What is said lives here, not in the engine.
 */
@Service
public class CaseloadTalkService {

  private static final Logger LOG = LoggerFactory.getLogger(CaseloadTalkService.class);
  private static final int MAX_TEXT = 4000;

  private final CaseloadTalkRepository talks;
  private final GeneralistDirectory generalists;
  private final Availability availability;
  private final CaseloadService caseloads;
  private final CaseActions actions;
  private final Clock clock;

  CaseloadTalkService(CaseloadTalkRepository talks, GeneralistDirectory generalists, Availability availability,
      CaseloadService caseloads, CaseActions actions, Clock clock) {
    this.talks = talks;
    this.generalists = generalists;
    this.availability = availability;
    this.caseloads = caseloads;
    this.actions = actions;
    this.clock = clock;
  }

  /**
   * Plans a round: every generalist who is available on the preparation deadline and on the day of the talk gets a
   * talk; absent generalists get none. A retried step finds the round's talks and plans nothing twice.
   */
  @Transactional
  public List<CaseloadTalk> planRound(String roundKey, LocalDate talkDate, LocalDate preparationDue) {
    List<CaseloadTalk> planned = talks.findByRoundKeyOrderByGeneralistAsc(roundKey);
    if (!planned.isEmpty()) {
      return planned;
    }
    Set<String> absent = availability.unavailableOn(talkDate);
    absent.addAll(availability.unavailableOn(preparationDue));
    List<CaseloadTalk> round = generalists.generalists().stream()
        .filter(user -> !absent.contains(user.getId()))
        .map(user -> talks.save(new CaseloadTalk(roundKey, user.getId(), talkDate, preparationDue)))
        .toList();
    LOG.info("Caseloadronde {}: {} gesprekken op {} ({} generalisten afwezig)", roundKey, round.size(), talkDate,
        absent.size());
    return round;
  }

  /** The generalists who take part in a round, in a stable order. */
  @Transactional(readOnly = true)
  public List<String> participants(String roundKey) {
    return talks.findByRoundKeyOrderByGeneralistAsc(roundKey).stream().map(CaseloadTalk::getGeneralist).toList();
  }

  @Transactional(readOnly = true)
  public CaseloadTalk talk(String roundKey, String generalist) {
    return talks.findByRoundKeyAndGeneralist(roundKey, generalist)
        .orElseThrow(() -> new NoSuchElementException("Geen caseloadgesprek voor " + generalist + " in ronde " + roundKey));
  }

  @Transactional(readOnly = true)
  public List<CaseloadTalk> talksOf(String generalist) {
    return talks.findByGeneralistOrderByTalkDateDesc(generalist);
  }

  /** The generalist's preparation: what they want to discuss. The caseload of this moment is kept with it. */
  @Transactional
  public void recordPreparation(String roundKey, String generalist, JsonNode dossier) {
    DossierFields fields = DossierFields.of(dossier);
    String notes = fields.text("preparationNotes", "wat u wilt bespreken", MAX_TEXT);
    fields.orRefuse();
    CaseloadService.Detail detail = caseloads.detailOf(generalist);
    talk(roundKey, generalist).prepared(LocalDate.now(clock), notes, detail.caseload(), detail.norm());
  }

  /** The preparation deadline passed without a preparation: the talk is held unprepared. */
  @Transactional
  public void recordUnprepared(String roundKey, String generalist) {
    CaseloadTalk talk = talk(roundKey, generalist);
    if (talk.getPrepared() == null) {
      CaseloadService.Detail detail = caseloads.detailOf(generalist);
      talk.unprepared(detail.caseload(), detail.norm());
      LOG.info("Caseloadgesprek {} van {}: niet voorbereid", roundKey, generalist);
    }
  }

  /** The talk: notes and agreed actions, which act on the generalist's cases at once. */
  @Transactional
  public CaseloadTalk recordTalk(String roundKey, String generalist, JsonNode dossier, String heldBy,
      String sourceKey) {
    CaseloadTalk talk = talk(roundKey, generalist);
    if (actions.carriedOut(sourceKey)) {
      // a repeated step: notes and actions are recorded, and the actions changed the cases they were checked against
      return talk;
    }
    DossierFields fields = DossierFields.of(dossier);
    String notes = fields.text("talkNotes", "het verslag van het gesprek", MAX_TEXT);
    List<AgreedAction> agreed = actions.read(fields, EnumSet.allOf(ActionKind.class),
        caseloads.detailOf(generalist).cases().stream().map(CaseloadService.CaseLine::caseFile).toList());
    talk.held(LocalDate.now(clock), heldBy, notes);
    actions.carryOut(agreed, talk.getId(), heldBy, sourceKey);
    LOG.info("Caseloadgesprek {} van {} gehouden door {}: {} afspraken", roundKey, generalist, heldBy, agreed.size());
    return talk;
  }
}
