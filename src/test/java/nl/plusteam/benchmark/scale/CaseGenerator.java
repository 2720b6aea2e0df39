package nl.plusteam.benchmark.scale;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.handoff.Municipality;
import nl.plusteam.handoff.Urgency;
import nl.plusteam.security.Roles;
import nl.plusteam.system.process.DeadlineCalendar;

/**
 * Loads open cases for the scale benchmark directly through the engine API: every case is a {@code casus}
 * process instance started in its phase ({@code startBeforeActivity}), with the variables, tasks, identity links,
 * authorizations and timers the model gives that phase, and the case's rows in the domain store (household,
 * handoff, case file) inserted in JDBC batches in the same transaction. The engine clock is set to the moment the
 * case entered its phase, so due dates and timers spread as in a running team: every timer lies in the future.
 *
 * <p>Custom listeners are skipped (they prepare forms from dossier content the generator does not write); the
 * deadline variables they would set are set by the generator from the same decision table and calendar.
 */
final class CaseGenerator {

  /** The phases of an open case, with their share of all open cases and the element a case waits at. */
  enum Phase {
    DISTRIBUTION(0.01, CaseProcess.Elements.DISTRIBUTE, CaseStatus.RECEIVED),
    INTAKE(0.09, CaseProcess.Elements.CONDUCT_INTAKE, CaseStatus.ASSIGNED),
    PLAN(0.12, CaseProcess.Elements.DRAFT_PLAN, CaseStatus.PLANNING),
    CONSENT(0.04, CaseProcess.Elements.RECORD_CONSENT, CaseStatus.PLANNING),
    SUPPORT(0.66, CaseProcess.Elements.NEXT_EVALUATION, CaseStatus.SUPPORT),
    EVALUATION(0.08, CaseProcess.Elements.EVALUATE, CaseStatus.SUPPORT);

    final double share;
    final String element;
    final CaseStatus status;

    Phase(double share, String element, CaseStatus status) {
      this.share = share;
      this.element = element;
      this.status = status;
    }
  }

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  /** Generalists per team; a national load spreads its cases over teams of this size. */
  static final int TEAM_SIZE = 30;
  /** Roles (lead or partner) per generalist: about the caseload norm of 23 weighted. */
  static final int ROLES_PER_GENERALIST = 30;
  /** The demo generalist whose task list is measured gets a caseload like everyone else's. */
  static final String MEASURED_GENERALIST = "generalist.anna";
  static final List<String> DEMO_COLLEAGUES = List.of("generalist.bram", "generalist.chris");

  private final RuntimeService runtime;
  private final DecisionService decisions;
  private final DeadlineCalendar calendar;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final SplittableRandom random;
  private final Instant now;
  private final Map<Urgency, Map<String, Object>> intakeTerms = new EnumMap<>(Urgency.class);
  private final Map<Phase, Integer> perPhase = new EnumMap<>(Phase.class);
  private int generalists;
  private int generated;

  CaseGenerator(RuntimeService runtime, DecisionService decisions, DeadlineCalendar calendar, JdbcTemplate jdbc,
      TransactionTemplate transactions, long seed, Instant now) {
    this.runtime = runtime;
    this.decisions = decisions;
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.random = new SplittableRandom(seed);
    this.now = now;
    for (Urgency urgency : Urgency.values()) {
      // the terms as the model's business rule task determines them
      intakeTerms.put(urgency, new HashMap<>(decisions.evaluateDecisionByKey(CaseProcess.INTAKE_TERMS_DECISION)
          .variables(Map.of(CaseProcess.Variables.URGENCY, urgency.code())).evaluate().getSingleResult()
          .getEntryMap()));
    }
  }

  /**
   * Generates the open cases numbered {@code first} to {@code count - 1} (of a load of {@code count}) in
   * transactions of {@code batch} cases; returns the time it took.
   */
  Duration generate(int first, int count, int batch) {
    generalists = Math.max(TEAM_SIZE, count * 2 / ROLES_PER_GENERALIST);
    long started = System.nanoTime();
    try {
      for (int from = first; from < count; from += batch) {
        int size = Math.min(batch, count - from);
        int batchStart = from;
        transactions.executeWithoutResult(status -> generateBatch(batchStart, size, count));
        if ((from / batch) % 50 == 0) {
          System.out.printf("[generator] %,d of %,d cases, %.0f s%n", from + size, count,
              (System.nanoTime() - started) / 1e9);
        }
      }
    } finally {
      ClockUtil.reset();
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  Map<Phase, Integer> perPhase() {
    return perPhase;
  }

  int generalists() {
    return generalists;
  }

  private record Planned(int number, Phase phase, Urgency urgency, Municipality municipality, String lead,
      String partner, Instant openedAt, Instant phaseStartedAt) {}

  private void generateBatch(int first, int size, int total) {
    List<Planned> cases = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      cases.add(plan(first + i, total));
    }
    List<Long> households = reserve("household", size);
    List<Long> handoffs = reserve("handoff", size);
    List<Long> caseFiles = reserve("case_file", size);

    jdbc.batchUpdate("insert into household (id, municipality, created_at) values (?, ?, ?)", indices(size),
        size, (ps, i) -> {
          ps.setLong(1, households.get(i));
          ps.setString(2, cases.get(i).municipality().name());
          ps.setTimestamp(3, Timestamp.from(cases.get(i).openedAt()));
        });
    jdbc.batchUpdate("""
        insert into handoff (id, household_id, municipality, urgency, triage_summary, cmd_contact_name,
          data_sharing_consent, submitted_by, received_at, idempotency_key, request_fingerprint)
        values (?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?)""", indices(size), size, (ps, i) -> {
          Planned c = cases.get(i);
          ps.setLong(1, handoffs.get(i));
          ps.setLong(2, households.get(i));
          ps.setString(3, c.municipality().name());
          ps.setString(4, c.urgency().name());
          ps.setString(5, "Gegenereerde aanmelding voor de schaaltest");
          ps.setString(6, "CMD");
          ps.setString(7, "benchmark");
          ps.setTimestamp(8, Timestamp.from(c.openedAt()));
          ps.setString(9, "bench-" + c.number());
          ps.setString(10, "bench");
        });
    jdbc.batchUpdate("""
        insert into case_file (id, reference, handoff_id, household_id, municipality, urgency, status,
          lead_generalist, partner_generalist, opened_at, intake_held_on)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", indices(size), size, (ps, i) -> {
          Planned c = cases.get(i);
          ps.setLong(1, caseFiles.get(i));
          ps.setString(2, reference(c.number()));
          ps.setLong(3, handoffs.get(i));
          ps.setLong(4, households.get(i));
          ps.setString(5, c.municipality().name());
          ps.setString(6, c.urgency().name());
          ps.setString(7, c.phase().status.name());
          ps.setString(8, c.lead());
          ps.setString(9, c.partner());
          ps.setTimestamp(10, Timestamp.from(c.openedAt()));
          boolean intakeHeld = c.phase().ordinal() >= Phase.PLAN.ordinal();
          ps.setObject(11, intakeHeld ? LocalDate.ofInstant(c.phaseStartedAt(), AMSTERDAM) : null);
        });

    List<String> instances = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      instances.add(start(cases.get(i), caseFiles.get(i)));
    }
    jdbc.batchUpdate("update case_file set process_instance_id = ? where id = ?", indices(size), size, (ps, i) -> {
      ps.setString(1, instances.get(i));
      ps.setLong(2, caseFiles.get(i));
    });
    generated += size;
  }

  private String start(Planned c, long caseFileId) {
    ClockUtil.setCurrentTime(Date.from(c.phaseStartedAt()));
    Map<String, Object> terms = intakeTerms.get(c.urgency());
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseProcess.Variables.CASE_FILE_ID, caseFileId);
    variables.put(CaseProcess.Variables.CASE_REFERENCE, reference(c.number()));
    variables.put(CaseProcess.Variables.MUNICIPALITY, c.municipality().code());
    variables.put(CaseProcess.Variables.URGENCY, c.urgency().code());
    variables.put(CaseProcess.Variables.CMD_GROUP, Roles.cmdGroupOf(c.municipality()));
    variables.put(CaseProcess.Variables.SUPPORT_TRACK, CaseProcess.SupportTracks.REGULAR);
    variables.put(CaseProcess.Variables.INTAKE_TERMS, terms);
    if (c.phase() == Phase.DISTRIBUTION || c.phase() == Phase.INTAKE) {
      boolean workingDays = Boolean.TRUE.equals(terms.get("workingDaysOnly"));
      variables.put(CaseProcess.Variables.INTAKE_DEADLINE, calendar.after((String) terms.get("deadline"), workingDays));
      variables.put(CaseProcess.Variables.INTAKE_REMINDER, calendar.after((String) terms.get("reminder"), workingDays));
    }
    if (c.phase() != Phase.DISTRIBUTION) {
      variables.put(CaseProcess.Variables.LEAD, c.lead());
      variables.put(CaseProcess.Variables.PARTNER, c.partner());
    }
    if (c.phase().ordinal() >= Phase.PLAN.ordinal()) {
      variables.put(CaseProcess.Variables.HOUSEHOLD_FITS, true);
    }
    if (c.phase() == Phase.PLAN || c.phase() == Phase.CONSENT) {
      variables.put(CaseProcess.Variables.PLAN_DEADLINE, Date.from(c.phaseStartedAt().plus(Duration.ofDays(42))));
      variables.put("planReminder", Date.from(c.phaseStartedAt().plus(Duration.ofDays(35))));
      variables.put(CaseProcess.Variables.CONSENT_ROUNDS, 0);
    }
    if (c.phase() == Phase.CONSENT || c.phase().ordinal() >= Phase.SUPPORT.ordinal()) {
      variables.put(CaseProcess.Variables.PLAN_VERSION, 1);
    }
    if (c.phase().ordinal() >= Phase.SUPPORT.ordinal()) {
      variables.put(CaseProcess.Variables.PLAN_CONSENTED, true);
      variables.put(CaseProcess.Variables.PLAN_END_DATE, Date.from(now.plus(Duration.ofDays(30 + random.nextInt(300)))));
    }
    return runtime.createProcessInstanceByKey(CaseProcess.KEY)
        .businessKey(reference(c.number()))
        .setVariables(variables)
        .startBeforeActivity(c.phase().element)
        .execute(true, false)
        .getId();
  }

  /**
   * One case: its phase by the shares, 1 in 10 spoed, its team and the lead and partner in it, and when it
   * entered its phase — recently enough that the phase's timers are still ahead.
   */
  private Planned plan(int number, int total) {
    Phase phase = phase();
    perPhase.merge(phase, 1, Integer::sum);
    Urgency urgency = random.nextInt(10) == 0 ? Urgency.SPOED : Urgency.REGULIER;
    Municipality municipality = random.nextInt(4) == 0 ? Municipality.WAALRE : Municipality.GELDROP_MIERLO;
    String lead = generalist(random.nextInt(generalists));
    String partner = generalist(partnerOf(lead));
    // the measured generalist leads one case in every (total / 15) and is partner in as many
    int share = Math.max(1, total / 15);
    if (number % share == 0) {
      lead = MEASURED_GENERALIST;
      partner = DEMO_COLLEAGUES.get(number / share % 2);
    } else if (number % share == share / 2) {
      lead = DEMO_COLLEAGUES.get(number / share % 2);
      partner = MEASURED_GENERALIST;
    }
    Duration inPhase = switch (phase) {
      case DISTRIBUTION -> Duration.ofHours(random.nextInt(20));
      case INTAKE -> Duration.ofHours(urgency == Urgency.SPOED ? random.nextInt(20) : random.nextInt(24 * 6));
      case PLAN, CONSENT -> Duration.ofDays(random.nextInt(30));
      case SUPPORT -> Duration.ofDays(random.nextInt(85));
      case EVALUATION -> Duration.ofDays(random.nextInt(10));
    };
    Instant phaseStartedAt = now.minus(inPhase).minusSeconds(60);
    Duration beforePhase = switch (phase) {
      case DISTRIBUTION -> Duration.ZERO;
      case INTAKE -> Duration.ofHours(random.nextInt(48));
      case PLAN, CONSENT -> Duration.ofDays(5 + random.nextInt(14));
      case SUPPORT, EVALUATION -> Duration.ofDays(40 + random.nextInt(400));
    };
    return new Planned(number, phase, urgency, municipality, lead, partner, phaseStartedAt.minus(beforePhase),
        phaseStartedAt);
  }

  private Phase phase() {
    double draw = random.nextDouble();
    double cumulative = 0;
    for (Phase phase : Phase.values()) {
      cumulative += phase.share;
      if (draw < cumulative) {
        return phase;
      }
    }
    return Phase.SUPPORT;
  }

  private int partnerOf(String lead) {
    int index = lead.startsWith("g") && !lead.startsWith("generalist") ? Integer.parseInt(lead.substring(1)) : 0;
    int team = index / TEAM_SIZE;
    int colleague = team * TEAM_SIZE + random.nextInt(TEAM_SIZE);
    return colleague == index ? team * TEAM_SIZE + (colleague + 1) % TEAM_SIZE : colleague;
  }

  private static String generalist(int index) {
    return "g%06d".formatted(index);
  }

  static String reference(int number) {
    return "PT-B-%07d".formatted(number + 1);
  }

  private List<Long> reserve(String table, int size) {
    return jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class,
        table, size);
  }

  private static List<Integer> indices(int size) {
    List<Integer> indices = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      indices.add(i);
    }
    return indices;
  }

  int generated() {
    return generated;
  }
}
