package nl.plusteam.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.zrm.ZrmDomain;

/**
 * Dossier input as the Tasklist submits it: the fields of a form's "dossier" group as one JSON variable,
 * repeated parts in numbered slots (goal1, goal2, …; empty slots come along empty).
 * The texts are recognisable so tests can check they never reach the engine's tables.
 */
public final class Dossiers {

  public static final String QUESTION_BEHIND_QUESTION = "Moeder wil vooral rust voor de kinderen";
  public static final String PROBLEM_STATEMENT = "Betalingsachterstand huur en energie";
  public static final String GOAL_RESULT = "Schuldhulpverlening gestart en huur betaald";
  public static final String EVALUATION_WHY = "Budgetcoach helpt elke week";
  public static final String RETURN_REASON = "Enkelvoudige vraag, past bij het algemene wijkteam";
  public static final String SIGNALS = "Blauwe plekken op de arm van de jongste, moeder ontwijkt vragen";
  public static final String CONSULTATION = "Aandachtsfunctionaris adviseert eerst gesprek met moeder";
  public static final String CLIENT_TALK = "Moeder vertelt over ruzies met haar partner";
  public static final String WEIGHING_NOTES = "Herhaald geweld in de thuissituatie";
  public static final String HELP = "Opvoedondersteuning en veiligheidsplan met moeder";
  public static final String SCALE_DOWN_REASON = "Doelen grotendeels bereikt, gezin redt het met de buurtvoorzieningen";
  public static final String CHECK_IN_NOTES = "Vader heeft weer schulden, huur twee maanden niet betaald";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Dossiers() {}

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
  }

  public static VariableMap submit(ObjectNode dossier) {
    return Variables.createVariables().putValueTyped("dossier", SpinValues.jsonValue(dossier.toString()).create());
  }

  public static ObjectNode zrm(int score) {
    ObjectNode zrm = JSON.createObjectNode();
    for (ZrmDomain domain : ZrmDomain.values()) {
      zrm.put(domain.formKey(), score);
    }
    return zrm;
  }

  public static ObjectNode intake(boolean fits) {
    ObjectNode d = JSON.createObjectNode();
    d.put("intakeDate", today().toString());
    d.put("questionBehindQuestion", QUESTION_BEHIND_QUESTION);
    d.put("strengthsAndSources", "Grootmoeder helpt, vader heeft werk");
    d.set("zrm", zrm(2));
    d.put("safety", "veilig");
    d.put("householdFits", fits ? "ja" : "nee");
    if (!fits) {
      d.put("notFittingReason", RETURN_REASON);
    }
    return d;
  }

  public static ObjectNode plan(LocalDate... targetDates) {
    ObjectNode d = JSON.createObjectNode();
    d.put("problemStatements", PROBLEM_STATEMENT);
    int slot = 0;
    for (LocalDate target : targetDates) {
      d.putObject("goal" + (++slot)).put("domain", "financien").put("intendedResult", GOAL_RESULT)
          .put("targetDate", target.toString());
    }
    d.putObject("goal" + (slot + 1)).put("domain", "").put("intendedResult", "");
    d.put("ownStrength", "Vader maakt zelf een overzicht van de post");
    d.putObject("action1").put("description", "Aanmelden bij schuldhulp").put("who", "regisseur")
        .put("dueOn", today().plusWeeks(2).toString());
    return d;
  }

  public static ObjectNode consent(boolean familyAgrees) {
    ObjectNode d = JSON.createObjectNode();
    d.put("familyAgrees", familyAgrees ? "ja" : "nee");
    d.put("decidedOn", today().toString());
    if (familyAgrees) {
      d.put("agreedBy", "Moeder, namens het gezin");
    } else {
      d.put("refusalReason", "Gezin wil eerst de huurschuld aanpakken");
    }
    d.put("how", "mondeling");
    d.put("leadAgrees", "ja");
    return d;
  }

  public static ObjectNode evaluation(List<Long> goalIds, String nextStep) {
    ObjectNode d = JSON.createObjectNode();
    d.put("heldOn", today().toString());
    int slot = 0;
    for (Long id : goalIds) {
      d.putObject("goal" + (++slot)).put("goalId", id).put("outcome", "deels").put("why", EVALUATION_WHY);
    }
    d.set("zrm", zrm(3));
    d.put("satisfaction", 8);
    d.put("nextStep", nextStep);
    return d;
  }

  public static ObjectNode closing() {
    ObjectNode d = JSON.createObjectNode();
    d.put("closedOn", today().toString());
    d.put("closingReason", "doelen-bereikt");
    d.put("finalSatisfaction", 9);
    return d;
  }

  public static ObjectNode safetySignal(String caseReference) {
    ObjectNode d = JSON.createObjectNode();
    d.put("caseReference", caseReference);
    d.put("signals", SIGNALS);
    d.put("observedSince", today().minusWeeks(2).toString());
    return d;
  }

  public static ObjectNode consultation() {
    ObjectNode d = JSON.createObjectNode();
    d.put("consultedColleague", "Aandachtsfunctionaris PlusTeam");
    d.put("consultedOn", today().toString());
    d.put("veiligThuisConsulted", "ja");
    d.put("veiligThuisConsultedOn", today().toString());
    d.put("consultationNotes", CONSULTATION);
    return d;
  }

  public static ObjectNode clientTalk() {
    ObjectNode d = JSON.createObjectNode();
    d.put("clientTalked", "ja");
    d.put("clientTalkedOn", today().toString());
    d.put("clientTalkNotes", CLIENT_TALK);
    return d;
  }

  public static ObjectNode weighing(boolean acute, boolean structural, boolean helpPossible) {
    ObjectNode d = JSON.createObjectNode();
    d.put("acuteUnsafety", acute ? "ja" : "nee");
    d.put("structuralUnsafety", structural ? "ja" : "nee");
    d.put("helpPossible", helpPossible ? "ja" : "nee");
    d.put("weighingNotes", WEIGHING_NOTES);
    return d;
  }

  /** Step 5: help organised or not, reported (with reference) or not, a certified institution or not. */
  public static ObjectNode decision(boolean help, String reportReference, String institution, boolean caseContinues) {
    ObjectNode d = JSON.createObjectNode();
    d.put("decidedOn", today().toString());
    d.put("helpOrganised", help ? "ja" : "nee");
    if (help) {
      d.put("helpDescription", HELP);
    }
    d.put("reportedToVeiligThuis", reportReference != null ? "ja" : "nee");
    if (reportReference != null) {
      d.put("reportDate", today().toString());
      d.put("reportReference", reportReference);
    }
    d.put("certifiedInstitution", institution != null ? "ja" : "nee");
    if (institution != null) {
      d.put("certifiedInstitutionName", institution);
    }
    d.put("caseContinues", caseContinues ? "ja" : "nee");
    return d;
  }

  public static ObjectNode scaleDown(String caseReference, String kind) {
    ObjectNode d = JSON.createObjectNode();
    d.put("caseReference", caseReference);
    d.put("scaleDownKind", kind);
    d.put("reason", SCALE_DOWN_REASON);
    d.put("tripleL", "levensloop".equals(kind));
    return d;
  }

  public static ObjectNode checkIn(String outcome) {
    ObjectNode d = JSON.createObjectNode();
    d.put("heldOn", today().toString());
    d.put("notes", CHECK_IN_NOTES);
    d.put("outcome", outcome);
    return d;
  }

  public static ObjectNode referral(String caseReference, String kind) {
    ObjectNode d = JSON.createObjectNode();
    d.put("caseReference", caseReference);
    d.put("kind", kind);
    d.put("provider", "GGZ Oost Brabant");
    d.put("careType", "Traumabehandeling");
    d.put("startDate", today().toString());
    d.put("estimatedCost", 2400.50);
    return d;
  }
}
