package nl.plusteam.caseload;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseloadActionRepository extends JpaRepository<CaseloadAction, Long> {

  boolean existsBySourceKey(String sourceKey);

  List<CaseloadAction> findByTalkIdOrderByPositionAsc(Long talkId);

  List<CaseloadAction> findBySourceKeyOrderByPositionAsc(String sourceKey);
}
