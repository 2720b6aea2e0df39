package nl.plusteam.casefile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

  Optional<CaseFile> findByHandoffId(Long handoffId);

  Optional<CaseFile> findByReference(String reference);

  /** Per lead generalist the number of open cases (one row per generalist: [userId, count]). */
  @Query("select c.leadGeneralist, count(c) from CaseFile c where c.leadGeneralist is not null"
      + " and c.status not in (nl.plusteam.casefile.CaseStatus.CLOSED, nl.plusteam.casefile.CaseStatus.RETURNED,"
      + " nl.plusteam.casefile.CaseStatus.HANDED_BACK)"
      + " group by c.leadGeneralist")
  List<Object[]> countOpenCasesByLead();

  /** Per duo partner the number of open cases (one row per generalist: [userId, count]). */
  @Query("select c.partnerGeneralist, count(c) from CaseFile c where c.partnerGeneralist is not null"
      + " and c.status not in (nl.plusteam.casefile.CaseStatus.CLOSED, nl.plusteam.casefile.CaseStatus.RETURNED,"
      + " nl.plusteam.casefile.CaseStatus.HANDED_BACK)"
      + " group by c.partnerGeneralist")
  List<Object[]> countOpenCasesByPartner();
}
