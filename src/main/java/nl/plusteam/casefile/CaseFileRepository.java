package nl.plusteam.casefile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

  Optional<CaseFile> findByHandoffId(Long handoffId);

  Optional<CaseFile> findByReference(String reference);

  /** Per lead generalist and case status the number of cases: rows of [userId, status, count]. */
  @Query("select c.leadGeneralist, c.status, count(c) from CaseFile c where c.leadGeneralist is not null"
      + " group by c.leadGeneralist, c.status")
  List<Object[]> countCasesByLeadAndStatus();

  /** Per duo partner and case status the number of cases: rows of [userId, status, count]. */
  @Query("select c.partnerGeneralist, c.status, count(c) from CaseFile c where c.partnerGeneralist is not null"
      + " group by c.partnerGeneralist, c.status")
  List<Object[]> countCasesByPartnerAndStatus();

  /** The cases with the given statuses in which the user is lead or duo partner. */
  @Query("select c from CaseFile c where (c.leadGeneralist = :userId or c.partnerGeneralist = :userId)"
      + " and c.status in :statuses order by c.reference")
  List<CaseFile> findWithGeneralist(String userId, java.util.Collection<CaseStatus> statuses);
}
