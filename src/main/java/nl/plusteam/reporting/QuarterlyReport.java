package nl.plusteam.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** A quarter's KPIs, frozen, with the director's interpretation; final once interpreted, and then immutable. */
@Entity
@Table(name = "quarterly_report")
public class QuarterlyReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private String quarterKey;
  @Column(updatable = false)
  private LocalDate periodFrom;
  @Column(updatable = false)
  private LocalDate periodTo;

  @Enumerated(EnumType.STRING)
  private ReportStatus status;

  /** The frozen figures (JSON of {@link FrozenFigures}); never updated. */
  @Column(updatable = false)
  private String figures;
  @Column(updatable = false)
  private Instant asOf;
  @Column(updatable = false)
  private Instant frozenAt;

  private String summary;
  private Instant finalisedAt;
  private String finalisedBy;
  private String contentHash;
  private String processInstanceId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "report_interpretation", joinColumns = @JoinColumn(name = "report_id"))
  @MapKeyColumn(name = "kpi")
  @Column(name = "interpretation")
  private Map<String, String> interpretations = new TreeMap<>();

  protected QuarterlyReport() {}

  QuarterlyReport(ReportPeriod quarter, String figures, Instant asOf, Instant frozenAt, String processInstanceId) {
    this.quarterKey = quarter.quarterKey();
    this.periodFrom = quarter.from();
    this.periodTo = quarter.to();
    this.status = ReportStatus.WACHT_OP_DUIDING;
    this.figures = figures;
    this.asOf = asOf;
    this.frozenAt = frozenAt;
    this.processInstanceId = processInstanceId;
  }

  void finalise(String summary, Map<String, String> interpretations, String by, Instant at, String contentHash) {
    if (status == ReportStatus.DEFINITIEF) {
      throw new IllegalStateException("De rapportage " + period().label() + " is al definitief en kan niet meer veranderen.");
    }
    this.summary = summary;
    this.interpretations.clear();
    this.interpretations.putAll(interpretations);
    this.finalisedBy = by;
    this.finalisedAt = at;
    this.contentHash = contentHash;
    this.status = ReportStatus.DEFINITIEF;
  }

  public ReportPeriod period() {
    return new ReportPeriod(periodFrom, periodTo, null);
  }

  public Long getId() {
    return id;
  }

  public String getQuarterKey() {
    return quarterKey;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public boolean isFinal() {
    return status == ReportStatus.DEFINITIEF;
  }

  public String getFigures() {
    return figures;
  }

  public Instant getAsOf() {
    return asOf;
  }

  public Instant getFrozenAt() {
    return frozenAt;
  }

  public String getSummary() {
    return summary;
  }

  public Instant getFinalisedAt() {
    return finalisedAt;
  }

  public String getFinalisedBy() {
    return finalisedBy;
  }

  public String getContentHash() {
    return contentHash;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Map<String, String> getInterpretations() {
    return Collections.unmodifiableMap(new TreeMap<>(interpretations));
  }
}
