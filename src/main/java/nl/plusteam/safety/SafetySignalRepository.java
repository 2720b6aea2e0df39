package nl.plusteam.safety;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SafetySignalRepository extends JpaRepository<SafetySignal, Long> {

  Optional<SafetySignal> findBySourceKey(String sourceKey);

  List<SafetySignal> findByCaseFileIdOrderByIdAsc(Long caseFileId);

  boolean existsByCaseFileIdAndRaisedByAndSignalsAndStatusNot(Long caseFileId, String raisedBy, String signals,
      SafetySignal.Status status);
}
