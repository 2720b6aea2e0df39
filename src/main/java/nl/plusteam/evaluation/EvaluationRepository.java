package nl.plusteam.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

  List<Evaluation> findByCaseFileIdOrderByHeldOnAsc(Long caseFileId);

  boolean existsBySourceKey(String sourceKey);

  /** The date of the last evaluation per case: rows of [caseFileId, heldOn]. */
  @org.springframework.data.jpa.repository.Query("select e.caseFileId, max(e.heldOn) from Evaluation e"
      + " where e.caseFileId in :caseFileIds group by e.caseFileId")
  List<Object[]> lastHeldOn(java.util.Collection<Long> caseFileIds);
}
