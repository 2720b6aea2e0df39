package nl.plusteam.casefile;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineBreachRepository extends JpaRepository<DeadlineBreach, Long> {

  boolean existsByCaseFileIdAndKindAndDueAt(Long caseFileId, DeadlineKind kind, Instant dueAt);

  List<DeadlineBreach> findByCaseFileId(Long caseFileId);
}
