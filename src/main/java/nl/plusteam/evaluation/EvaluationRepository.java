package nl.plusteam.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

  List<Evaluation> findByCaseFileIdOrderByHeldOnAsc(Long caseFileId);

  boolean existsBySourceKey(String sourceKey);
}
