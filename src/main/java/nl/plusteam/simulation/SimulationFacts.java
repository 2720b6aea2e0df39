package nl.plusteam.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.DeadlineKind;

/**
 * What the real application recorded during a run, read from its tables: the dossiers (case_file) of the run's
 * handoffs and the deadline breaches (deadline_breach) the model's timers recorded. A run's cases are the ones whose
 * handoff carries the run's idempotency-key prefix, so other cases in the same database do not count.
 */
@Component
class SimulationFacts {

  /** A dossier as the weekly figures need it. */
  record CaseRow(Long id, CaseStatus status, Instant openedAt, LocalDate intakeHeldOn) {}

  /** A breach: which case, which term, when the timer recorded it. */
  record BreachRow(Long caseFileId, DeadlineKind kind, Instant recordedAt) {}

  private final EntityManager entityManager;

  SimulationFacts(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  List<CaseRow> cases(String keyPrefix) {
    return entityManager.createQuery("select c.id, c.status, c.openedAt, c.intakeHeldOn from CaseFile c, Handoff h "
            + "where c.handoffId = h.id and h.idempotencyKey like :prefix", Object[].class)
        .setParameter("prefix", keyPrefix + "%")
        .getResultList().stream()
        .map(row -> new CaseRow((Long) row[0], (CaseStatus) row[1], (Instant) row[2], (LocalDate) row[3]))
        .toList();
  }

  /** Breaches recorded in [from, until), of every case: the caller keeps its own. */
  List<BreachRow> breaches(Instant from, Instant until) {
    return entityManager.createQuery("select b.caseFileId, b.kind, b.recordedAt from DeadlineBreach b "
            + "where b.recordedAt >= :from and b.recordedAt < :until", Object[].class)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList().stream()
        .map(row -> new BreachRow((Long) row[0], (DeadlineKind) row[1], (Instant) row[2]))
        .toList();
  }
}
