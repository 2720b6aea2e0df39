package nl.plusteam.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import jakarta.persistence.criteria.Predicate;

public interface DossierReadRepository extends JpaRepository<DossierRead, Long>, JpaSpecificationExecutor<DossierRead> {

  List<DossierRead> findByUserIdOrderByIdAsc(String userId);

  /**
   * Reads matching the filters that are given (null: any). Built as criteria, not as "(:x is null or …)" in JPQL:
   * PostgreSQL cannot type a parameter that is only compared with null.
   */
  static Specification<DossierRead> matching(String caseReference, String userId, Instant from, Instant until) {
    return (read, query, criteria) -> {
      List<Predicate> where = new ArrayList<>();
      if (caseReference != null) {
        where.add(criteria.equal(read.get("caseReference"), caseReference));
      }
      if (userId != null) {
        where.add(criteria.equal(read.get("userId"), userId));
      }
      if (from != null) {
        where.add(criteria.greaterThanOrEqualTo(read.get("readAt"), from));
      }
      if (until != null) {
        where.add(criteria.lessThan(read.get("readAt"), until));
      }
      return criteria.and(where.toArray(Predicate[]::new));
    };
  }
}
