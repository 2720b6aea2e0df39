package nl.plusteam.handoff;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import nl.plusteam.zrm.ZrmDomain;

/** A CMD's handoff (aanmelding) of a household after triage. */
@Entity
public class Handoff {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  @Enumerated(EnumType.STRING)
  private Municipality municipality;

  @Enumerated(EnumType.STRING)
  private Urgency urgency;

  private String triageSummary;

  @Embedded
  private CmdContact cmdContact;

  private boolean dataSharingConsent;

  private String submittedBy;

  private Instant receivedAt;

  private String idempotencyKey;

  private String requestFingerprint;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "handoff_problem_domain", joinColumns = @JoinColumn(name = "handoff_id"))
  @Column(name = "domain")
  @Enumerated(EnumType.STRING)
  private Set<ZrmDomain> problemDomains = EnumSet.noneOf(ZrmDomain.class);

  protected Handoff() {}

  Handoff(Household household, Urgency urgency, String triageSummary, CmdContact cmdContact,
      Set<ZrmDomain> problemDomains, String submittedBy, Instant receivedAt, String idempotencyKey,
      String requestFingerprint) {
    this.household = household;
    this.municipality = household.getMunicipality();
    this.urgency = urgency;
    this.triageSummary = triageSummary;
    this.cmdContact = cmdContact;
    this.dataSharingConsent = true; // a handoff without consent is refused before it is created
    this.problemDomains = EnumSet.copyOf(problemDomains);
    this.submittedBy = submittedBy;
    this.receivedAt = receivedAt;
    this.idempotencyKey = idempotencyKey;
    this.requestFingerprint = requestFingerprint;
  }

  public Long getId() {
    return id;
  }

  public Household getHousehold() {
    return household;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public String getTriageSummary() {
    return triageSummary;
  }

  public CmdContact getCmdContact() {
    return cmdContact;
  }

  public boolean isDataSharingConsent() {
    return dataSharingConsent;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getRequestFingerprint() {
    return requestFingerprint;
  }

  public Set<ZrmDomain> getProblemDomains() {
    return Collections.unmodifiableSet(problemDomains);
  }
}
