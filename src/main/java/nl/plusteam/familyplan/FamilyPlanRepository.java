package nl.plusteam.familyplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FamilyPlanRepository extends JpaRepository<FamilyPlan, Long> {

  List<FamilyPlan> findByCaseFileIdOrderByVersionAsc(Long caseFileId);

  Optional<FamilyPlan> findFirstByCaseFileIdOrderByVersionDesc(Long caseFileId);

  Optional<FamilyPlan> findBySourceKey(String sourceKey);

  List<FamilyPlan> findByCaseFileIdAndStatus(Long caseFileId, PlanStatus status);
}
