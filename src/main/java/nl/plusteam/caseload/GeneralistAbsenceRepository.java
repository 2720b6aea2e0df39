package nl.plusteam.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GeneralistAbsenceRepository extends JpaRepository<GeneralistAbsence, Long> {

  Optional<GeneralistAbsence> findBySourceKey(String sourceKey);

  /** The absences that cover the given day. */
  @Query("select a from GeneralistAbsence a where a.absentFrom <= :day and (a.absentUntil is null or a.absentUntil >= :day)")
  List<GeneralistAbsence> coveringDay(LocalDate day);

  List<GeneralistAbsence> findByUserIdOrderByAbsentFromAsc(String userId);
}
