package nl.plusteam.familyplan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FamilyConsentRepository extends JpaRepository<FamilyConsent, Long> {

  List<FamilyConsent> findByPlanIdIn(List<Long> planIds);

  boolean existsBySourceKey(String sourceKey);

  java.util.Optional<FamilyConsent> findBySourceKey(String sourceKey);
}
