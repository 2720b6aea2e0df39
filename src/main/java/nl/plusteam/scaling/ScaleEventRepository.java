package nl.plusteam.scaling;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScaleEventRepository extends JpaRepository<ScaleEvent, Long> {

  List<ScaleEvent> findByCaseFileIdOrderByIdAsc(Long caseFileId);

  boolean existsBySourceKeyAndKind(String sourceKey, ScaleKind kind);
}
