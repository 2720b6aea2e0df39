package nl.plusteam.scaling;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MonitoringCheckInRepository extends JpaRepository<MonitoringCheckIn, Long> {

  List<MonitoringCheckIn> findByCaseFileIdOrderByHeldOnAscIdAsc(Long caseFileId);

  java.util.Optional<MonitoringCheckIn> findBySourceKey(String sourceKey);
}
