package nl.plusteam.casefile;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

  Optional<CaseFile> findByHandoffId(Long handoffId);

  Optional<CaseFile> findByReference(String reference);

  /** Open cases a generalist works on as lead or partner (a plain count; weights come with caseload talks). */
  @Query("select count(c) from CaseFile c where (c.leadGeneralist = ?1 or c.partnerGeneralist = ?1)"
      + " and c.status not in (nl.plusteam.casefile.CaseStatus.CLOSED, nl.plusteam.casefile.CaseStatus.RETURNED)")
  long countCasesOf(String generalist);
}
