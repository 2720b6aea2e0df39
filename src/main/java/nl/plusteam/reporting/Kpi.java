package nl.plusteam.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The KPIs of the quarterly report (HANDBOOK, "Quarterly management information"), in report order. The key
 * is what the API, the CSV, the thresholds table (kpi-thresholds.dmn) and the interpretation form use; it never
 * changes. The definition says in Dutch exactly what is counted, so the boards read the same thing we compute.
 */
public enum Kpi {
  HANDOFFS_RECEIVED("handoffsReceived", "Aanmeldingen ontvangen", Group.ACCESS, Unit.COUNT,
      "Aanmeldingen van de CMD's die in de periode binnenkwamen (geweigerde aanmeldingen zonder toestemming tellen niet)."),
  INTAKE_ON_TIME("intakeOnTime", "Intakes binnen 14 dagen", Group.ACCESS, Unit.SHARE,
      "Reguliere aanmeldingen uit de periode waarvan de intake is gehouden of de intaketermijn verstreken is: aandeel "
          + "met een intake uiterlijk op de termijndatum die de casus kreeg (standaard 14 dagen). Een aanmelding zonder "
          + "intake na de termijn telt als te laat."),
  URGENT_INTAKE_ON_TIME("urgentIntakeOnTime", "Spoedintakes binnen 3 werkdagen", Group.ACCESS, Unit.SHARE,
      "Hetzelfde voor spoedaanmeldingen (standaard 3 werkdagen)."),
  MEDIAN_DAYS_TO_INTAKE("medianDaysToIntake", "Mediaan dagen aanmelding tot intake", Group.ACCESS, Unit.DAYS,
      "Intakes die in de periode zijn gehouden (regulier en spoed): de mediaan van het aantal kalenderdagen tussen "
          + "aanmelding en intake."),
  CONSENTED_PLAN_SHARE("consentedPlanShare", "Casussen met akkoord gezinsplan", Group.PLAN, Unit.SHARE,
      "Casussen die op de peildatum (einde periode, of vandaag) liepen en een akkoord gezinsplan hadden of voorbij de "
          + "plantermijn waren (standaard 6 weken na de intake): aandeel met een gezinsplan waarmee gezin en regisseur "
          + "akkoord gingen."),
  CONSENT_AT_FIRST_ASK("consentAtFirstAsk", "Gezinsplan akkoord bij eerste voorstel", Group.PLAN, Unit.SHARE,
      "Casussen waarvan het eerste gezinsplan in de periode aan het gezin is voorgelegd: aandeel waarmee het gezin "
          + "meteen akkoord ging."),
  EVALUATIONS_ON_TIME("evaluationsOnTime", "Evaluaties op tijd", Group.RESULTS, Unit.SHARE,
      "Evaluaties met het gezin waarvan de termijn (standaard 14 dagen na het evaluatiemoment) in de periode viel en "
          + "verstreken is: aandeel dat uiterlijk op de termijndag is afgerond (gegevens van de procesengine)."),
  GOALS_REACHED("goalsReached", "Doelen bereikt", Group.RESULTS, Unit.SHARE,
      "Per doel beoordeeld in de evaluaties van de periode: aandeel bereikt (deels en niet bereikt staan eronder)."),
  ZRM_CHANGE("zrmChange", "Gemiddelde verandering ZRM", Group.RESULTS, Unit.SCORE_CHANGE,
      "Casussen met een ZRM-meting in de periode en een eerdere meting: per domein de laatste score min de eerste "
          + "(schaal 1-5; positief is zelfredzamer), gemiddeld over de gemeten domeinen."),
  SATISFACTION("satisfaction", "Tevredenheid gezinnen", Group.RESULTS, Unit.SCORE,
      "Gemiddeld rapportcijfer (1-10) van de gezinnen in de evaluaties en eindevaluaties van de periode; het streven "
          + "is gemiddeld 7,5."),
  CASELOAD("caseload", "Gewogen caseload per generalist", Group.TEAM, Unit.CASELOAD,
      "Op de peildatum: gewogen caseload per generalist met casussen (gewichten per rol en spoor en de norm zoals de "
          + "procesbeheerder ze instelde), "
          + "gemiddeld; met het aantal generalisten boven de norm. Voor een peildatum in het verleden gelden de "
          + "huidige regisseur, duopartner en derde betrokkenen van de casussen die toen liepen."),
  SCALE_UPS("scaleUps", "Opschalingen", Group.SCALING, Unit.COUNT,
      "Opschalingen in de periode per soort, waaronder meldingen bij Veilig Thuis."),
  SCALE_DOWNS("scaleDowns", "Afschalingen", Group.SCALING, Unit.COUNT,
      "Afschalingen in de periode per soort."),
  REFERRAL_COST("referralCost", "Verwijzingen: geschatte kosten", Group.REFERRALS, Unit.EURO,
      "Verwijzingen naar zorgaanbieders met een startdatum in de periode: geschatte kosten, vergeleken met dezelfde "
          + "periode een jaar eerder. Het stoplicht meet de besparing tegen het reductiedoel (standaard € 150.000 per "
          + "jaar, naar rato van de periode)."),
  RETURNED_TO_CMD("returnedToCmd", "Terug naar het CMD", Group.REFERRALS, Unit.COUNT,
      "Casussen die in de periode teruggingen naar het CMD: na de intake (past niet bij het PlusTeam) of afgeschaald.");

  /** The sections of the report and the dashboard, in order. */
  public enum Group {
    ACCESS("Toegang en intake"),
    PLAN("Gezinsplan"),
    RESULTS("Evaluatie en resultaat"),
    TEAM("Team"),
    SCALING("Op- en afschalen"),
    REFERRALS("Verwijzingen en terugverwijzingen");

    private final String label;

    Group(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final String key;
  private final String label;
  private final Group group;
  private final Unit unit;
  private final String definition;

  Kpi(String key, String label, Group group, Unit unit, String definition) {
    this.key = key;
    this.label = label;
    this.group = group;
    this.unit = unit;
    this.definition = definition;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public Group group() {
    return group;
  }

  public Unit unit() {
    return unit;
  }

  public String definition() {
    return definition;
  }

  public static Optional<Kpi> ofKey(String key) {
    return Arrays.stream(values()).filter(kpi -> kpi.key.equals(key)).findFirst();
  }
}
