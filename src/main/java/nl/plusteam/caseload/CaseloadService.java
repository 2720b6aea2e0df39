package nl.plusteam.caseload;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.casefile.CaseStatus;
import nl.plusteam.casefile.GeneralistDirectory;

/**
 * The weighted caseload per generalist (handbook: "the six-weekly caseload talk"): every running case
 * counts with the weight the decision table gives the generalist's role in it and the case's track.
 */
@Service
public class CaseloadService {

  private final CaseFileService caseFiles;
  private final CaseThirdPartyRepository thirdParties;
  private final CaseloadWeights weights;
  private final GeneralistDirectory generalists;

  CaseloadService(CaseFileService caseFiles, CaseThirdPartyRepository thirdParties, CaseloadWeights weights,
      GeneralistDirectory generalists) {
    this.caseFiles = caseFiles;
    this.thirdParties = thirdParties;
    this.weights = weights;
    this.generalists = generalists;
  }

  /** One generalist's caseload: the number of running cases and their weighted sum. */
  public record Caseload(long cases, double weighted) {
    static final Caseload NONE = new Caseload(0, 0);

    Caseload plus(long count, double weight) {
      return new Caseload(cases + count, weighted + count * weight);
    }

    Caseload plus(Caseload other) {
      return new Caseload(cases + other.cases, weighted + other.weighted);
    }

    public boolean aboveNorm(double norm) {
      return weighted > norm;
    }
  }

  /** The caseloads of everyone who has a running case, with the norm they are measured against. */
  public record Overview(Map<String, Caseload> caseloads, double norm, double leadWeight, double partnerWeight) {

    public Caseload of(String userId) {
      return caseloads.getOrDefault(userId, Caseload.NONE);
    }
  }

  /** A case in one generalist's caseload: their role in it, its status, and the weight it counts with. */
  public record CaseLine(CaseFile caseFile, CaseRole role, Track track, double weight) {}

  /** One generalist's running cases and caseload, as the caseload talk looks at them. */
  public record Detail(String userId, List<CaseLine> cases, Caseload caseload, double norm) {

    public long count(CaseRole role) {
      return cases.stream().filter(line -> line.role() == role).count();
    }
  }

  /**
   * The caseload of every generalist of the team (the members of the generalist group), counted from their own
   * cases only: what the distribution form, the escalation form and the caseload overview show.
   */
  @Transactional(readOnly = true)
  public Overview overview() {
    return overview(generalists.generalists().stream().map(User::getId).toList());
  }

  /** The same for the given team members, for a caller that has already read the team. */
  @Transactional(readOnly = true)
  public Overview overview(java.util.Collection<String> team) {
    CaseloadWeights.Table table = weights.table();
    Map<String, Caseload> caseloads = new HashMap<>();
    for (CaseFileService.RoleCount count : caseFiles.caseCountsPerRole(team)) {
      add(caseloads, table, count.userId(), count.lead() ? CaseRole.REGISSEUR : CaseRole.DUOPARTNER, count.status(),
          count.count());
    }
    for (Object[] row : team.isEmpty() ? List.<Object[]>of() : thirdParties.countCasesByUserAndStatus(team)) {
      add(caseloads, table, (String) row[0], CaseRole.DERDE_BETROKKEN, (CaseStatus) row[1], (Long) row[2]);
    }
    return new Overview(caseloads, table.norm(), table.weight(CaseRole.REGISSEUR, Track.REGULIER),
        table.weight(CaseRole.DUOPARTNER, Track.REGULIER));
  }

  private static void add(Map<String, Caseload> caseloads, CaseloadWeights.Table table, String userId, CaseRole role,
      CaseStatus status, long count) {
    Optional<Track> track = Track.of(status);
    if (track.isPresent()) {
      caseloads.merge(userId, Caseload.NONE.plus(count, table.weight(role, track.get())), Caseload::plus);
    }
  }

  /** One generalist's running cases with role and weight, ordered by case reference. */
  @Transactional(readOnly = true)
  public Detail detailOf(String userId) {
    CaseloadWeights.Table table = weights.table();
    List<CaseLine> lines = new ArrayList<>();
    for (CaseFile caseFile : caseFiles.runningCasesWith(userId)) {
      CaseRole role = userId.equals(caseFile.getLeadGeneralist()) ? CaseRole.REGISSEUR : CaseRole.DUOPARTNER;
      Track.of(caseFile.getStatus()).ifPresent(track -> lines.add(
          new CaseLine(caseFile, role, track, table.weight(role, track))));
    }
    List<Long> thirdPartyCases = thirdParties.findByUserId(userId).stream().map(CaseThirdParty::getCaseFileId).toList();
    for (CaseFile caseFile : caseFiles.getAll(thirdPartyCases)) {
      Track.of(caseFile.getStatus()).ifPresent(track -> lines.add(
          new CaseLine(caseFile, CaseRole.DERDE_BETROKKEN, track, table.weight(CaseRole.DERDE_BETROKKEN, track))));
    }
    lines.sort(Comparator.comparing(line -> line.caseFile().getReference()));
    Caseload caseload = lines.stream().map(line -> Caseload.NONE.plus(1, line.weight()))
        .reduce(Caseload.NONE, Caseload::plus);
    return new Detail(userId, lines, caseload, table.norm());
  }

  /** A weighted caseload as Dutch readers write it: "7,5". */
  public static String format(double value) {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"))).format(value);
  }
}
