package nl.plusteam.casefile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

  Optional<CaseFile> findByHandoffId(Long handoffId);

  Optional<CaseFile> findByReference(String reference);

  /**
   * Per lead and case status the number of cases with those statuses, for the given generalists only: rows of
   * [userId, status, count]. A team's caseloads read its own members' rows through the lead index, however many
   * cases other teams have in the same database.
   */
  @Query("select c.leadGeneralist, c.status, count(c) from CaseFile c where c.leadGeneralist in :userIds"
      + " and c.status in :statuses group by c.leadGeneralist, c.status")
  List<Object[]> countCasesByLeadAndStatus(java.util.Collection<String> userIds,
      java.util.Collection<CaseStatus> statuses);

  /** The same per duo partner: rows of [userId, status, count]. */
  @Query("select c.partnerGeneralist, c.status, count(c) from CaseFile c where c.partnerGeneralist in :userIds"
      + " and c.status in :statuses group by c.partnerGeneralist, c.status")
  List<Object[]> countCasesByPartnerAndStatus(java.util.Collection<String> userIds,
      java.util.Collection<CaseStatus> statuses);

  /** The cases with the given statuses in which the user is lead or duo partner. */
  @Query("select c from CaseFile c where (c.leadGeneralist = :userId or c.partnerGeneralist = :userId)"
      + " and c.status in :statuses order by c.reference")
  List<CaseFile> findWithGeneralist(String userId, java.util.Collection<CaseStatus> statuses);
}
