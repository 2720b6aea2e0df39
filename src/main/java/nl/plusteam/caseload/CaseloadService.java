package nl.plusteam.caseload;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.plusteam.casefile.CaseFileService;

/**
 * The weighted caseload per generalist (handbook: "the six-weekly caseload talk"): every running case
 * counts with the weight the decision table gives the generalist's role in it and the case's track.
 */
@Service
public class CaseloadService {

  private final CaseFileService caseFiles;
  private final CaseloadWeights weights;

  CaseloadService(CaseFileService caseFiles, CaseloadWeights weights) {
    this.caseFiles = caseFiles;
    this.weights = weights;
  }

  /** One generalist's caseload: the number of running cases and their weighted sum. */
  public record Caseload(long cases, double weighted) {
    static final Caseload NONE = new Caseload(0, 0);

    Caseload plus(long count, double weight) {
      return new Caseload(cases + count, weighted + count * weight);
    }
  }

  /** The caseloads of everyone who has a running case, with the norm they are measured against. */
  public record Overview(Map<String, Caseload> caseloads, double norm, double leadWeight, double partnerWeight) {

    public Caseload of(String userId) {
      return caseloads.getOrDefault(userId, Caseload.NONE);
    }
  }

  @Transactional(readOnly = true)
  public Overview overview() {
    CaseloadWeights.Table table = weights.table();
    Map<String, Caseload> caseloads = new HashMap<>();
    for (CaseFileService.RoleCount count : caseFiles.caseCountsPerRole()) {
      Optional<Track> track = Track.of(count.status());
      if (track.isPresent()) {
        double weight = table.weight(count.lead() ? CaseRole.REGISSEUR : CaseRole.DUOPARTNER, track.get());
        caseloads.merge(count.userId(), Caseload.NONE.plus(count.count(), weight),
            (a, b) -> new Caseload(a.cases() + b.cases(), a.weighted() + b.weighted()));
      }
    }
    return new Overview(caseloads, table.norm(), table.weight(CaseRole.REGISSEUR, Track.REGULIER),
        table.weight(CaseRole.DUOPARTNER, Track.REGULIER));
  }

  /** A weighted caseload as Dutch readers write it: "7,5". */
  public static String format(double value) {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"))).format(value);
  }
}
