package nl.plusteam.caseload;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseloadTalkRepository extends JpaRepository<CaseloadTalk, Long> {

  Optional<CaseloadTalk> findByRoundKeyAndGeneralist(String roundKey, String generalist);

  List<CaseloadTalk> findByRoundKeyOrderByGeneralistAsc(String roundKey);

  List<CaseloadTalk> findByGeneralistOrderByTalkDateDesc(String generalist);
}
