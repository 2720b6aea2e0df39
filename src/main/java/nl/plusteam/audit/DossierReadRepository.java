package nl.plusteam.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DossierReadRepository extends JpaRepository<DossierRead, Long> {

  /** Newest first; every filter is optional (null: any). */
  @Query("""
      select r from DossierRead r
      where (:caseReference is null or r.caseReference = :caseReference)
        and (:userId is null or r.userId = :userId)
        and (:from is null or r.readAt >= :from)
        and (:until is null or r.readAt < :until)
      order by r.readAt desc, r.id desc""")
  List<DossierRead> search(@Param("caseReference") String caseReference, @Param("userId") String userId,
      @Param("from") Instant from, @Param("until") Instant until, Pageable pageable);

  @Query("""
      select count(r) from DossierRead r
      where (:caseReference is null or r.caseReference = :caseReference)
        and (:userId is null or r.userId = :userId)
        and (:from is null or r.readAt >= :from)
        and (:until is null or r.readAt < :until)""")
  long countMatching(@Param("caseReference") String caseReference, @Param("userId") String userId,
      @Param("from") Instant from, @Param("until") Instant until);

  List<DossierRead> findByUserIdOrderByIdAsc(String userId);
}
