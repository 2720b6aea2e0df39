package nl.plusteam.referral;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralRepository extends JpaRepository<Referral, Long> {

  List<Referral> findByCaseFileId(Long caseFileId);

  boolean existsBySourceKey(String sourceKey);
}
