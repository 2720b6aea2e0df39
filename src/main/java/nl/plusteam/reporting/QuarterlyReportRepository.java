package nl.plusteam.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuarterlyReportRepository extends JpaRepository<QuarterlyReport, Long> {

  Optional<QuarterlyReport> findByQuarterKey(String quarterKey);

  boolean existsByQuarterKey(String quarterKey);

  List<QuarterlyReport> findAllByOrderByPeriodFromDesc();
}
