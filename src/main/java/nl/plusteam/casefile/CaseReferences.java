package nl.plusteam.casefile;

import java.time.Clock;
import java.time.Year;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** Readable case references, PT-&lt;year&gt;-&lt;number&gt;, from a database sequence (no gaps by race). */
@Component
class CaseReferences {

  private final EntityManager entityManager;
  private final String nextValueSql;
  private final Clock clock;

  CaseReferences(EntityManager entityManager, EntityManagerFactory entityManagerFactory, Clock clock) {
    this.entityManager = entityManager;
    this.clock = clock;
    this.nextValueSql = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
        .getJdbcServices().getDialect().getSequenceSupport()
        .getSequenceNextValString("case_reference_seq");
  }

  String next() {
    long number = ((Number) entityManager.createNativeQuery(nextValueSql).getSingleResult()).longValue();
    return "PT-%d-%06d".formatted(Year.now(clock).getValue(), number);
  }
}
