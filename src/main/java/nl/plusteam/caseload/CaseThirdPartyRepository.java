package nl.plusteam.caseload;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseThirdPartyRepository extends JpaRepository<CaseThirdParty, Long> {

  boolean existsByCaseFileIdAndUserId(Long caseFileId, String userId);

  List<CaseThirdParty> findByUserId(String userId);

  List<CaseThirdParty> findByCaseFileId(Long caseFileId);

  /**
   * Per third-involved generalist (of the given ones) and case status the number of cases: rows of [userId,
   * status, count].
   */
  @Query("select t.userId, c.status, count(t) from CaseThirdParty t, nl.plusteam.casefile.CaseFile c"
      + " where c.id = t.caseFileId and t.userId in :userIds group by t.userId, c.status")
  List<Object[]> countCasesByUserAndStatus(java.util.Collection<String> userIds);
}
