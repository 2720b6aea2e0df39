package nl.plusteam.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.casefile.GeneralistDirectory;
import nl.plusteam.casefile.InvalidCaseInputException;
import nl.plusteam.system.DutchDates;
import nl.plusteam.system.process.DossierFields;

/**
 * Who is available for work on a given day. An unavailable generalist (sick, on leave, left) gets no caseload
 * talk and no new cases, and their running cases need cover.
 */
@Service
public class Availability {

  private static final Logger LOG = LoggerFactory.getLogger(Availability.class);
  private static final Map<String, AbsenceReason> REASONS = java.util.Arrays.stream(AbsenceReason.values())
      .collect(Collectors.toMap(AbsenceReason::code, reason -> reason));

  private final GeneralistAbsenceRepository absences;
  private final GeneralistReturnRepository returns;
  private final GeneralistDirectory generalists;
  private final Clock clock;

  Availability(GeneralistAbsenceRepository absences, GeneralistReturnRepository returns, GeneralistDirectory generalists,
      Clock clock) {
    this.absences = absences;
    this.returns = returns;
    this.generalists = generalists;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The generalists who are unavailable on the given day. */
  @Transactional(readOnly = true)
  public Set<String> unavailableOn(LocalDate day) {
    return absences.coveringDay(day).stream().map(GeneralistAbsence::getUserId).collect(Collectors.toSet());
  }

  /** The absence that makes the generalist unavailable on the given day, if any. */
  @Transactional(readOnly = true)
  public Optional<GeneralistAbsence> absenceOn(String userId, LocalDate day) {
    return absences.coveringDay(day).stream().filter(a -> a.getUserId().equals(userId)).findFirst();
  }

  public boolean isAvailable(String userId, LocalDate day) {
    return absenceOn(userId, day).isEmpty();
  }

  /** Why the generalist cannot take on work today, in Dutch ("Anna de Vries is afwezig (langdurig ziek) tot …"). */
  public Optional<String> unavailability(String userId) {
    return absenceOn(userId, today()).map(absence -> generalists.nameOf(userId) + " is afwezig ("
        + absence.getReason().label().toLowerCase(java.util.Locale.ROOT) + ")"
        + (absence.getAbsentUntil() == null ? "" : " tot en met " + DutchDates.format(absence.getAbsentUntil()))
        + " en krijgt geen nieuwe casussen.");
  }

  /**
   * Records an absence from the team manager's form "Afwezigheid generalist", or ends one ("weer beschikbaar
   * vanaf"). An absence that overlaps one already recorded is refused, so a repeated submission records nothing
   * twice. Returns the absence recorded or ended.
   */
  @Transactional
  public GeneralistAbsence record(JsonNode dossier, String recordedBy, String sourceKey) {
    Optional<GeneralistAbsence> earlier = absences.findBySourceKey(sourceKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Optional<GeneralistReturn> returned = returns.findBySourceKey(sourceKey);
    if (returned.isPresent()) {
      return returned.get().endedAbsence();
    }
    DossierFields fields = DossierFields.of(dossier);
    boolean returning = "terug".equals(fields.node("kind").asText());
    String userId = resolve(fields.text("generalist", "de generalist", 64));
    LocalDate from = fields.date("absentFrom", returning ? "de dag waarop de generalist weer werkt"
        : "de eerste dag van de afwezigheid");
    LocalDate until = !returning && fields.has("absentUntil")
        ? fields.date("absentUntil", "de laatste dag van de afwezigheid") : null;
    AbsenceReason reason = returning ? null : fields.choice("reason", "de reden", REASONS);
    if (userId != null && !generalists.isGeneralist(userId)) {
      fields.problem("'" + userId + "' is geen generalist van het PlusTeam; kies uit: " + generalists.generalists().stream()
          .map(user -> user.getId() + " (" + GeneralistDirectory.displayName(user) + ")")
          .collect(Collectors.joining(", ")) + ".");
    }
    if (from != null && until != null && until.isBefore(from)) {
      fields.problem("de laatste dag ligt vóór de eerste dag.");
    }
    if (from != null && from.isBefore(today().minusYears(1))) {
      fields.problem("de eerste dag ligt meer dan een jaar terug.");
    }
    fields.orRefuse();
    return returning ? endAbsence(userId, from, recordedBy, sourceKey)
        : startAbsence(userId, from, until, reason, recordedBy, sourceKey);
  }

  /** Accepts the user id ("generalist.anna"), or what colleagues type: the part after the dot or the first name. */
  private String resolve(String typed) {
    if (typed == null || generalists.isGeneralist(typed)) {
      return typed;
    }
    List<String> matches = generalists.generalists().stream()
        .filter(user -> user.getId().equalsIgnoreCase("generalist." + typed)
            || typed.equalsIgnoreCase(user.getFirstName()) || typed.equalsIgnoreCase(GeneralistDirectory.displayName(user)))
        .map(org.camunda.bpm.engine.identity.User::getId).toList();
    return matches.size() == 1 ? matches.get(0) : typed;
  }

  private GeneralistAbsence startAbsence(String userId, LocalDate from, LocalDate until, AbsenceReason reason,
      String recordedBy, String sourceKey) {
    for (GeneralistAbsence other : absences.findByUserIdOrderByAbsentFromAsc(userId)) {
      boolean overlaps = (until == null || !other.getAbsentFrom().isAfter(until))
          && (other.getAbsentUntil() == null || !other.getAbsentUntil().isBefore(from));
      if (overlaps) {
        throw new InvalidCaseInputException(generalists.nameOf(userId) + " is al afwezig " + period(other)
            + " (" + other.getReason().label().toLowerCase(java.util.Locale.ROOT) + "). Is de generalist eerder terug, "
            + "kies dan 'Weer beschikbaar vanaf'.");
      }
    }
    GeneralistAbsence absence = absences.save(
        new GeneralistAbsence(userId, from, until, reason, recordedBy, clock.instant(), sourceKey));
    LOG.info("Afwezigheid vastgelegd voor {} vanaf {} tot {} ({})", userId, from, until, reason);
    return absence;
  }

  /** The generalist works again from the given day: the absence covering it ends the day before. */
  private GeneralistAbsence endAbsence(String userId, LocalDate back, String recordedBy, String sourceKey) {
    GeneralistAbsence absence = absences.findByUserIdOrderByAbsentFromAsc(userId).stream()
        .filter(a -> a.covers(back)).findFirst()
        .orElseThrow(() -> new InvalidCaseInputException(generalists.nameOf(userId) + " is op "
            + DutchDates.format(back) + " niet afwezig; er is niets te beëindigen."));
    boolean cancelled = !back.isAfter(absence.getAbsentFrom());
    if (cancelled) {
      absences.delete(absence);
      LOG.info("Afwezigheid van {} vanaf {} vervallen: weer beschikbaar vanaf {}", userId, absence.getAbsentFrom(), back);
    } else {
      absence.endBefore(back);
      LOG.info("Afwezigheid van {} beëindigd: weer beschikbaar vanaf {}", userId, back);
    }
    returns.save(new GeneralistReturn(absence, back, cancelled, recordedBy, clock.instant(), sourceKey));
    return absence;
  }

  @Transactional(readOnly = true)
  public java.util.List<GeneralistAbsence> absencesOf(String userId) {
    return absences.findByUserIdOrderByAbsentFromAsc(userId);
  }

  /** An absence's period in Dutch: "vanaf 1 december 2026" or "van 1 december 2026 tot en met 31 januari 2027". */
  public static String period(GeneralistAbsence absence) {
    return absence.getAbsentUntil() == null ? "vanaf " + DutchDates.format(absence.getAbsentFrom())
        : "van " + DutchDates.format(absence.getAbsentFrom()) + " tot en met " + DutchDates.format(absence.getAbsentUntil());
  }
}
