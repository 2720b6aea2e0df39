package nl.plusteam.zrm;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ZrmMeasurementRepository extends JpaRepository<ZrmMeasurement, Long> {

  List<ZrmMeasurement> findByCaseFileIdOrderByMeasuredOnAscIdAsc(Long caseFileId);

  Optional<ZrmMeasurement> findBySourceKey(String sourceKey);

  Optional<ZrmMeasurement> findFirstByCaseFileIdOrderByMeasuredOnDescIdDesc(Long caseFileId);
}
