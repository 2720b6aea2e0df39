package nl.plusteam.simulation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

import nl.plusteam.casefile.process.CaseProcess.Elements;
import nl.plusteam.demo.CaseScript;
import nl.plusteam.demo.Pacing;
import nl.plusteam.handoff.Urgency;

/**
 * The team's capacity as the simulator models it, deciding WHEN the generalists and the team manager answer the
 * tasks the real model opens.
 *
 * <ul>
 *   <li>Each generalist works {@code hoursPerWeek}: 8-hour days from 9:00, starting on a weekday that shifts per
 *       generalist (so not everyone is off on Friday).</li>
 *   <li>Support work takes a share of those hours: weighted caseload x support hours per case-week, recomputed
 *       every simulated week from the real caseload (CaseloadService, caseload-weights.dmn), at most 90% (a
 *       generalist always keeps some time for new work).</li>
 *   <li>Long-term absence: spells of 4 to 16 weeks, with present periods drawn so that on average the given
 *       percentage of generalist-weeks is absent; an absent day has no hours.</li>
 *   <li>A task is booked when it opens, FIFO: after the work the generalist already booked, in the first free
 *       working time; a spoed intake goes before the queue. Lead or duo partner, whoever finishes it first (the duo covers during absence). The
 *       answer happens when the booked work ends; the model's own timers (intake term, plan term) fire
 *       meanwhile when it is late.</li>
 *   <li>The team manager distributes once a working day at 9:00 (or at once), to the two present generalists
 *       with the lowest weighted caseload, and answers escalations the same way.</li>
 * </ul>
 */
final class CapacityModel implements Pacing {

  static final ZoneId AMSTERDAM = CaseScript.AMSTERDAM;
  private static final LocalTime DAY_START = LocalTime.of(9, 0);
  private static final double HOURS_PER_DAY = 8;
  private static final double MAX_SUPPORT_SHARE = 0.9;
  private static final int MIN_SPELL_DAYS = 28;
  private static final int MAX_SPELL_DAYS = 112;
  /** A booking that would end this far out never happens within a run. */
  private static final int MAX_BOOKING_DAYS = 5 * 365;

  /** One generalist's calendar. */
  static final class Generalist {
    final String id;
    final int index;
    final double[] hoursPerDay = new double[8];
    final List<LocalDate[]> absences = new ArrayList<>();
    final double weeklyHours;
    double supportShare;
    Instant busyUntil = Instant.EPOCH;

    Generalist(String id, int index, double weeklyHours) {
      this.id = id;
      this.index = index;
      this.weeklyHours = weeklyHours;
      double left = weeklyHours;
      for (int d = 0; d < 5 && left > 0; d++) {
        DayOfWeek day = DayOfWeek.of(1 + (index + d) % 5);
        double hours = Math.min(HOURS_PER_DAY, left);
        hoursPerDay[day.getValue()] = hours;
        left -= hours;
      }
    }

    boolean absentOn(LocalDate date) {
      for (LocalDate[] spell : absences) {
        if (!date.isBefore(spell[0]) && date.isBefore(spell[1])) {
          return true;
        }
      }
      return false;
    }

    /** Working minutes for tasks on the date: contract hours minus support, none when absent. */
    double taskMinutes(LocalDate date) {
      double hours = hoursPerDay[date.getDayOfWeek().getValue()];
      return hours == 0 || absentOn(date) ? 0 : hours * 60 * (1 - supportShare);
    }

    /** When {@code hours} of work end, booked from {@code from} in the first free working time after the queue. */
    Instant finish(Instant from, double hours) {
      return finishFrom(from.isAfter(busyUntil) ? from : busyUntil, hours);
    }

    /** When {@code hours} of work end, from {@code from} on in working time (ignoring what is queued). */
    Instant finishFrom(Instant from, double hours) {
      ZonedDateTime cursor = ZonedDateTime.ofInstant(from, AMSTERDAM);
      double left = hours * 60;
      LocalDate limit = cursor.toLocalDate().plusDays(MAX_BOOKING_DAYS);
      while (left > 1e-9) {
        LocalDate date = cursor.toLocalDate();
        if (date.isAfter(limit)) {
          return cursor.toInstant().plus(Duration.ofDays(3650));
        }
        ZonedDateTime windowStart = date.atTime(DAY_START).atZone(AMSTERDAM);
        ZonedDateTime windowEnd = windowStart.plusSeconds(Math.round(taskMinutes(date) * 60));
        if (cursor.isBefore(windowStart)) {
          cursor = windowStart;
        }
        if (!cursor.isBefore(windowEnd)) {
          cursor = date.plusDays(1).atStartOfDay(AMSTERDAM);
          continue;
        }
        double available = Duration.between(cursor, windowEnd).toSeconds() / 60.0;
        double taken = Math.min(left, available);
        cursor = cursor.plusSeconds(Math.round(taken * 60));
        left -= taken;
      }
      return cursor.toInstant();
    }
  }

  private final SimulationInput input;
  private final List<Generalist> team = new ArrayList<>();
  private final Map<String, Generalist> byId = new HashMap<>();
  private final Map<String, Duo> duos = new HashMap<>();
  private final Supplier<Map<String, Double>> caseloads;
  private final Consumer<Instant> weekly;
  private final Instant firstMonday;

  /**
   * @param caseloads the current weighted caseload per generalist (read from the application)
   * @param weekly called at the end of every simulated week (Monday 0:00), before the support shares are updated
   */
  CapacityModel(SimulationInput input, List<String> generalists, LocalDate from, LocalDate until,
      SplittableRandom random, Supplier<Map<String, Double>> caseloads, Consumer<Instant> weekly) {
    this.input = input;
    this.caseloads = caseloads;
    this.weekly = weekly;
    this.firstMonday = from.atStartOfDay(AMSTERDAM).toInstant();
    for (int i = 0; i < generalists.size(); i++) {
      Generalist generalist = new Generalist(generalists.get(i), i, input.hoursPerWeek());
      planAbsence(generalist, from, until, random);
      team.add(generalist);
      byId.put(generalist.id, generalist);
    }
  }

  /**
   * Alternating present periods and absence spells (4-16 weeks, mean 10): present periods are exponential with
   * the mean that makes the absent share of time equal the percentage; the team starts in that steady state.
   */
  private void planAbsence(Generalist generalist, LocalDate from, LocalDate until, SplittableRandom random) {
    double share = input.absencePercent() / 100;
    if (share <= 0) {
      return;
    }
    double meanSpell = (MIN_SPELL_DAYS + MAX_SPELL_DAYS) / 2.0;
    double meanPresent = meanSpell * (1 - share) / share;
    LocalDate cursor = from;
    if (random.nextDouble() < share) {
      int spell = random.nextInt(MIN_SPELL_DAYS, MAX_SPELL_DAYS + 1);
      int left = 1 + random.nextInt(spell);
      generalist.absences.add(new LocalDate[] {cursor, cursor.plusDays(left)});
      cursor = cursor.plusDays(left);
    }
    while (cursor.isBefore(until)) {
      long present = Math.max(1, Math.round(-meanPresent * Math.log(1 - random.nextDouble())));
      cursor = cursor.plusDays(present);
      int spell = random.nextInt(MIN_SPELL_DAYS, MAX_SPELL_DAYS + 1);
      generalist.absences.add(new LocalDate[] {cursor, cursor.plusDays(spell)});
      cursor = cursor.plusDays(spell);
    }
  }

  /** Generalists absent on the date. */
  int absentOn(LocalDate date) {
    return (int) team.stream().filter(g -> g.absentOn(date)).count();
  }

  /** Generalists absent, averaged over the working days Monday to Friday of the week starting on the Monday. */
  double absentInWeek(LocalDate monday) {
    double sum = 0;
    for (int d = 0; d < 5; d++) {
      sum += absentOn(monday.plusDays(d));
    }
    return sum / 5;
  }

  @Override
  public Turn turn(Request request) {
    Optional<Double> hours = hoursOf(request.taskKey());
    if (request.assignee() != null && hours.isPresent()) {
      return book(request, hours.get());
    }
    if (request.assignee() == null && !request.taskKey().equals(Elements.RETURN_CASE)
        && !request.taskKey().equals(Elements.HAND_BACK_TO_CMD)) {
      // the team manager's tasks: distribution and escalations
      return new Turn(teamManagerAnswers(request.opened()), request.scriptedUser());
    }
    return new Turn(request.scriptedAt(), request.scriptedUser());
  }

  /**
   * Lead or duo partner, whoever finishes the work first; the lead on a tie. A spoed intake goes first: it is
   * done in the first working time from the moment it opens, and the queued work moves up by its hours (work
   * whose moment was already fixed keeps it: the model slightly overstates capacity when spoed is frequent).
   */
  private Turn book(Request request, double hours) {
    Generalist lead = byId.get(request.assignee());
    if (lead == null) {
      return new Turn(request.scriptedAt(), request.scriptedUser());
    }
    boolean first = request.taskKey().equals(Elements.CONDUCT_INTAKE) && request.script().urgency() == Urgency.SPOED;
    Generalist chosen = lead;
    Instant finish = first ? lead.finishFrom(request.opened(), hours) : lead.finish(request.opened(), hours);
    Duo duo = duos.get(request.script().key());
    Generalist partner = duo == null ? null : byId.get(duo.partner());
    if (partner != null && partner != lead) {
      Instant partnerFinish = first ? partner.finishFrom(request.opened(), hours)
          : partner.finish(request.opened(), hours);
      if (partnerFinish.isBefore(finish)) {
        chosen = partner;
        finish = partnerFinish;
      }
    }
    if (first && chosen.busyUntil.isAfter(request.opened())) {
      chosen.busyUntil = chosen.finishFrom(chosen.busyUntil, hours);
    } else {
      chosen.busyUntil = finish;
    }
    return new Turn(finish, chosen.id);
  }

  private Optional<Double> hoursOf(String taskKey) {
    return Optional.ofNullable(switch (taskKey) {
      case Elements.CONDUCT_INTAKE -> input.intakeHours();
      case Elements.DRAFT_PLAN -> input.planHours();
      case Elements.RECORD_CONSENT -> input.consentHours();
      case Elements.EVALUATE, Elements.MONITORING_CHECK_IN -> input.evaluationHours();
      case Elements.CLOSE_CASE, Elements.CLOSE_AFTER_SIGNAL -> input.closingHours();
      default -> null;
    });
  }

  /** Daily: the first working day at 9:00 from the moment the task opened; otherwise at once. */
  Instant teamManagerAnswers(Instant opened) {
    if (!input.dailyDistribution()) {
      return opened;
    }
    ZonedDateTime at = ZonedDateTime.ofInstant(opened, AMSTERDAM);
    ZonedDateTime moment = at.toLocalDate().atTime(DAY_START).atZone(AMSTERDAM);
    if (moment.isBefore(at)) {
      moment = moment.plusDays(1);
    }
    while (moment.getDayOfWeek() == DayOfWeek.SATURDAY || moment.getDayOfWeek() == DayOfWeek.SUNDAY) {
      moment = moment.plusDays(1);
    }
    return moment.toInstant();
  }

  /** The two present generalists with the lowest weighted caseload (then the least booked work, then the order). */
  @Override
  public Duo distribute(CaseScript script, LocalDate today) {
    Map<String, Double> loads = caseloads.get();
    Comparator<Generalist> lightest = Comparator.<Generalist>comparingDouble(g -> loads.getOrDefault(g.id, 0.0))
        .thenComparing(g -> g.busyUntil)
        .thenComparingInt(g -> g.index);
    List<Generalist> present = team.stream().filter(g -> !g.absentOn(today)).sorted(lightest).toList();
    List<Generalist> candidates = present.size() >= 2 ? present : team.stream().sorted(lightest).toList();
    Duo duo = new Duo(candidates.get(0).id, candidates.get(1).id);
    duos.put(script.key(), duo);
    return duo;
  }

  @Override
  public Optional<Instant> nextCheckpoint(Instant after) {
    long weeks = Math.max(1, Duration.between(firstMonday, after).toDays() / 7 + 1);
    Instant next = ZonedDateTime.ofInstant(firstMonday, AMSTERDAM).plusWeeks(weeks).toInstant();
    while (!next.isAfter(after)) {
      weeks++;
      next = ZonedDateTime.ofInstant(firstMonday, AMSTERDAM).plusWeeks(weeks).toInstant();
    }
    return Optional.of(next);
  }

  /** The week is measured, then every generalist's support share follows the caseload they have now. */
  @Override
  public void checkpoint(Instant at) {
    weekly.accept(at);
    Map<String, Double> loads = caseloads.get();
    for (Generalist generalist : team) {
      double support = loads.getOrDefault(generalist.id, 0.0) * input.supportHours();
      generalist.supportShare = Math.min(MAX_SUPPORT_SHARE, support / generalist.weeklyHours);
    }
  }
}
