package nl.plusteam.referral;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.InvalidCaseInputException;
import nl.plusteam.system.process.DossierFields;

/** Referrals to care providers and the team's own-expertise interventions, recorded during support. */
@Service
public class ReferralService {

  private final ReferralRepository referrals;
  private final CaseFileService caseFiles;
  private final Clock clock;

  ReferralService(ReferralRepository referrals, CaseFileService caseFiles, Clock clock) {
    this.referrals = referrals;
    this.caseFiles = caseFiles;
    this.clock = clock;
  }

  /** The option values of the referral form. */
  static final Map<String, Referral.Kind> KINDS = java.util.Arrays.stream(Referral.Kind.values())
      .collect(java.util.stream.Collectors.toUnmodifiableMap(Referral.Kind::formCode, k -> k));

  /** Records a referral for a case the user works on, while the case is in support. */
  @Transactional
  public void record(JsonNode dossier, String actor, String sourceKey) {
    DossierFields fields = DossierFields.of(dossier);
    String reference = fields.text("caseReference", "het casusnummer (PT-jjjj-nnnnnn)", 20);
    Referral.Kind kind = fields.choice("kind", "verwijzing of eigen inzet", KINDS);
    String provider = fields.text("provider", "de aanbieder (of de eigen inzet)", 200);
    String careType = fields.text("careType", "de soort zorg of interventie", 200);
    LocalDate start = fields.date("startDate", "de startdatum");
    BigDecimal cost = fields.optionalAmount("estimatedCost", "de geschatte kosten");
    if (kind == Referral.Kind.REFERRAL && cost == null) {
      fields.problem("vul de geschatte kosten van de verwijzing in.");
    }
    fields.orRefuse();
    CaseFile caseFile = caseFiles.findByReference(reference.toUpperCase())
        .filter(c -> c.isWorkedOnBy(actor))
        .orElseThrow(() -> new InvalidCaseInputException("U bent geen regisseur of duopartner van casus " + reference
            + ". Controleer het casusnummer."));
    if (caseFile.getStatus() != CaseStatus.SUPPORT && caseFile.getStatus() != CaseStatus.LIFE_COURSE) {
      throw new InvalidCaseInputException("Casus " + caseFile.getReference() + " is niet in de ondersteuningsfase ("
          + caseFile.getStatus().label() + "); verwijzingen leg je vast zodra het gezinsplan akkoord is.");
    }
    if (!referrals.existsBySourceKey(sourceKey)) {
      referrals.save(new Referral(caseFile.getId(), kind, provider, careType, start,
          cost == null ? BigDecimal.ZERO : cost, actor, clock.instant(), sourceKey));
    }
  }

  @Transactional(readOnly = true)
  public List<Referral> of(Long caseFileId) {
    return referrals.findByCaseFileId(caseFileId);
  }
}
