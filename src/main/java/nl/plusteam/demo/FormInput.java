package nl.plusteam.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.plusteam.casefile.ClosingReason;
import nl.plusteam.casefile.NextStep;
import nl.plusteam.casefile.SafetyAssessment;
import nl.plusteam.casefile.process.CaseProcess;
import nl.plusteam.handoff.HandoffRequest;
import nl.plusteam.handoff.MemberRole;
import nl.plusteam.system.process.DossierInput;
import nl.plusteam.zrm.ZrmDomain;

/**
 * What the users submit, built from a script: the CMD's handoff, and per form the variables the Tasklist sends
 * (the fields of the form's "dossier" group as one JSON variable; the distribution and decision forms send plain
 * variables). Forms that show dossier data start from what the task offers, as the Tasklist form does. The one
 * place in this package that knows the forms' field names (forms/*.form).
 */
class FormInput {

  /** Form option values that have no code in the domain enums. */
  private static final String YES = "ja";
  private static final String NO = "nee";
  private static final String REVISE_PLAN = "plan-opnieuw";
  private static final int GOAL_SLOTS = 5;
  private static final int ACTION_SLOTS = 5;

  private final TaskService taskService;
  private final ObjectMapper json = new ObjectMapper();

  FormInput(TaskService taskService) {
    this.taskService = taskService;
  }

  /** The CMD's handoff, without BSNs; the triage summary and contact are invented too. */
  HandoffRequest handoff(CaseScript script) {
    List<HandoffRequest.Member> members = script.members().stream()
        .map(m -> new HandoffRequest.Member(m.name(), m.role().code(), m.birthYear(), null)).toList();
    String domains = String.join(", ", script.problemDomains().stream().map(d -> d.label().toLowerCase()).toList());
    return new HandoffRequest(script.municipality().code(), script.urgency().code(), members,
        script.problemDomains().stream().map(ZrmDomain::code).toList(),
        "Langdurige problemen op meerdere leefgebieden: " + domains + ". Eerdere hulp sloot niet aan.",
        new HandoffRequest.Contact("Consulent CMD " + script.municipality().label(), "040-0000000",
            "cmd@" + script.municipality().code() + ".example.org"),
        true);
  }

  Map<String, Object> distribution(String lead, String partner) {
    return Map.of(CaseProcess.Variables.LEAD, lead, CaseProcess.Variables.PARTNER, partner);
  }

  VariableMap intake(CaseScript script, LocalDate today) {
    ObjectNode d = json.createObjectNode();
    d.put("intakeDate", today.toString());
    d.put("questionBehindQuestion", "Het gezin wil weer overzicht en rust, vooral voor de kinderen.");
    d.put("strengthsAndSources", "Betrokken ouder, steun van familie in de buurt, kinderen gaan graag naar school.");
    d.set("zrm", zrm(script.zrmAtIntake()));
    d.put("safety", SafetyAssessment.VEILIG.code());
    d.put("householdFits", script.householdFits() ? YES : NO);
    if (!script.householdFits()) {
      d.put("notFittingReason", "Enkelvoudige hulpvraag; past bij het algemene sociaal team van de gemeente.");
    }
    return dossier(d);
  }

  /** A plan version: the form starts from the previous version (as the task offers it), the goals are the script's. */
  VariableMap plan(String taskId, CaseScript.Plan plan, LocalDate today) {
    ObjectNode d = offered(taskId);
    for (int slot = 1; slot <= GOAL_SLOTS; slot++) {
      d.remove("goal" + slot);
      d.remove("action" + slot);
    }
    if (!d.hasNonNull("problemStatements")) {
      d.put("problemStatements", "Problemen op meerdere leefgebieden die elkaar versterken.");
    }
    if (!d.hasNonNull("ownStrength")) {
      d.put("ownStrength", "De ouders pakken zelf de post en de afspraken op, met een wekelijks overzicht.");
    }
    int slot = 0;
    for (CaseScript.Goal goal : plan.goals()) {
      d.putObject("goal" + (++slot)).put("domain", goal.domain().code())
          .put("intendedResult", goal.intendedResult() != null ? goal.intendedResult() : intendedResult(goal.domain()))
          .put("targetDate", today.plusDays(goal.targetAfterDays()).toString());
    }
    d.putObject("action1").put("description", "Samen met het gezin de eerste afspraken maken").put("who", "regisseur")
        .put("dueOn", today.plusWeeks(2).toString());
    return dossier(d);
  }

  VariableMap consent(CaseScript script, boolean familyAgrees, LocalDate today) {
    ObjectNode d = json.createObjectNode();
    d.put("familyAgrees", familyAgrees ? YES : NO);
    d.put("decidedOn", today.toString());
    if (familyAgrees) {
      d.put("agreedBy", script.members().stream().filter(m -> m.role() == MemberRole.PARENT).findFirst()
          .orElseThrow().name() + ", namens het gezin");
    } else {
      d.put("refusalReason", "Het gezin herkent zich nog niet in de doelen; eerst andere prioriteiten.");
    }
    d.put("how", "mondeling");
    d.put("leadAgrees", YES);
    return dossier(d);
  }

  /** The evaluation form as the task offers it (the plan's goals, the previous ZRM), filled in from the script. */
  VariableMap evaluation(String taskId, CaseScript.Evaluation evaluation, LocalDate today) {
    ObjectNode d = offered(taskId);
    d.put("heldOn", today.toString());
    List<CaseScript.GoalResult> results = evaluation.goals();
    int position = 0;
    for (int slot = 1; slot <= GOAL_SLOTS; slot++) {
      JsonNode goal = d.path("goal" + slot);
      if (goal.hasNonNull("goalId")) {
        CaseScript.GoalResult result = results.get(Math.min(position++, results.size() - 1));
        ((ObjectNode) goal).put("outcome", result.outcome().formCode()).put("why", result.why());
      }
    }
    ObjectNode zrm = d.has("zrm") ? (ObjectNode) d.get("zrm") : d.putObject("zrm");
    for (ZrmDomain domain : ZrmDomain.values()) {
      Integer score = evaluation.zrm().get(domain);
      if (score != null || !zrm.hasNonNull(domain.formKey())) {
        zrm.put(domain.formKey(), score != null ? score : CaseScript.DEFAULT_SCORE);
      }
    }
    d.put("satisfaction", evaluation.satisfaction());
    d.put("nextStep", evaluation.nextStep().code());
    if (evaluation.nextStepReason() != null || evaluation.nextStep().scalesDown()) {
      d.put("nextStepReason", evaluation.nextStepReason() != null ? evaluation.nextStepReason()
          : "Met het gezin besproken: " + evaluation.nextStep().label().toLowerCase() + " past nu het best.");
    }
    d.put("tripleL", evaluation.nextStep() == NextStep.LIFE_COURSE);
    return dossier(d);
  }

  VariableMap checkIn(CaseScript.CheckIn checkIn, LocalDate today) {
    ObjectNode d = json.createObjectNode();
    d.put("heldOn", today.toString());
    d.put("notes", switch (checkIn.outcome()) {
      case CLOSE -> "Het gaat goed; het gezin redt zich met de buurtvoorzieningen.";
      case EXTEND -> "Het gaat redelijk; nog een periode een oogje in het zeil.";
      case RELAPSE -> "Nieuwe achterstanden en spanningen thuis; ondersteuning is weer nodig.";
    });
    d.put("outcome", checkIn.outcome().code());
    return dossier(d);
  }

  VariableMap closing(CaseScript.Closing closing, LocalDate today) {
    ObjectNode d = json.createObjectNode();
    d.put("closedOn", today.toString());
    d.put("closingReason", closing.reason().code());
    d.put("finalSatisfaction", closing.satisfaction());
    if (closing.reason() == ClosingReason.ANDERS) {
      d.put("closingNotes", "In overleg met het gezin afgesloten.");
    }
    return dossier(d);
  }

  /** The start form "Verwijzing of eigen inzet registreren". */
  VariableMap referral(String caseReference, CaseScript.Referral referral, LocalDate today) {
    ObjectNode d = json.createObjectNode();
    d.put("caseReference", caseReference);
    d.put("kind", (referral.ownExpertise() ? nl.plusteam.referral.Referral.Kind.OWN_EXPERTISE
        : nl.plusteam.referral.Referral.Kind.REFERRAL).formCode());
    d.put("provider", referral.provider());
    d.put("careType", referral.careType());
    d.put("startDate", today.toString());
    if (referral.estimatedCost() != null) {
      d.put("estimatedCost", referral.estimatedCost());
    }
    return dossier(d);
  }

  /** The start form "Veiligheidssignaal melden" (meldcode step 1). */
  VariableMap safetySignal(String caseReference, LocalDate today) {
    ObjectNode d = json.createObjectNode();
    d.put("caseReference", caseReference);
    d.put("signals", "Spanningen thuis; een kind vertelt op school over harde ruzies en is vaak bang.");
    d.put("observedSince", today.minusWeeks(2).toString());
    return dossier(d);
  }

  /** Meldcode step 2: consulted a colleague and Veilig Thuis. */
  VariableMap consultation(LocalDate today) {
    ObjectNode d = json.createObjectNode();
    d.put("consultedColleague", "Aandachtsfunctionaris huiselijk geweld");
    d.put("consultedOn", today.toString());
    d.put("veiligThuisConsulted", YES);
    d.put("veiligThuisConsultedOn", today.toString());
    d.put("consultationNotes", "Signalen serieus nemen; eerst in gesprek met de ouders.");
    return dossier(d);
  }

  /** Meldcode step 3: the talk with the client. */
  VariableMap clientTalk(LocalDate today) {
    ObjectNode d = json.createObjectNode();
    d.put("clientTalked", YES);
    d.put("clientTalkedOn", today.toString());
    d.put("clientTalkNotes", "Ouders erkennen de spanningen en staan open voor hulp.");
    return dossier(d);
  }

  /** Meldcode step 4: the weighing (the decision table sets the term from it). */
  VariableMap weighing(CaseScript.SafetySignal signal) {
    ObjectNode d = json.createObjectNode();
    d.put("acuteUnsafety", signal.acuteUnsafety() ? YES : NO);
    d.put("structuralUnsafety", signal.structuralUnsafety() ? YES : NO);
    d.put("helpPossible", signal.helpPossible() ? YES : NO);
    d.put("weighingNotes", "Gewogen met de aandachtsfunctionaris aan de hand van het afwegingskader.");
    return dossier(d);
  }

  /** Meldcode step 5: help organised; reported to Veilig Thuis when the script gives a reference. */
  VariableMap decision(CaseScript.SafetySignal signal, LocalDate today) {
    ObjectNode d = json.createObjectNode();
    d.put("decidedOn", today.toString());
    d.put("helpOrganised", YES);
    d.put("helpDescription", "Veiligheidsplan met de ouders en opvoedondersteuning.");
    boolean reported = signal.veiligThuisReference() != null;
    d.put("reportedToVeiligThuis", reported ? YES : NO);
    if (reported) {
      d.put("reportDate", today.toString());
      d.put("reportReference", signal.veiligThuisReference());
    } else {
      d.put("noReportReason", "Hulp is georganiseerd en aanvaard; de veiligheid wordt gevolgd in het gezinsplan.");
    }
    d.put("certifiedInstitution", NO);
    d.put("caseContinues", signal.caseContinues() ? YES : NO);
    return dossier(d);
  }

  Map<String, Object> teamManagerJoined() {
    return Map.of("teamManagerJoined", true);
  }

  Map<String, Object> lateDecisionHandled() {
    return Map.of("lateDecisionHandled", true);
  }

  /** "Intaketermijn verlopen": the team manager lets the lead plan the intake. */
  Map<String, Object> intakeEscalation() {
    return Map.of(CaseProcess.Variables.ESCALATION_DECISION, CaseProcess.EscalationDecisions.LEAD_PLANS_INTAKE);
  }

  Map<String, Object> planEscalation() {
    return Map.of("planEscalationDiscussed", true);
  }

  /** "Casus bespreken" (third refusal): the team manager asks for a new plan. */
  Map<String, Object> caseDiscussion() {
    return Map.of(CaseProcess.Variables.DISCUSSION_OUTCOME, REVISE_PLAN);
  }

  Map<String, Object> returnAcknowledged() {
    return Map.of("returnAcknowledged", true);
  }

  Map<String, Object> handbackAcknowledged() {
    return Map.of("handbackAcknowledged", true);
  }

  private ObjectNode zrm(Map<ZrmDomain, Integer> scores) {
    ObjectNode zrm = json.createObjectNode();
    scores.forEach((domain, score) -> zrm.put(domain.formKey(), score));
    return zrm;
  }

  /** What the task's form shows (offered under "dossier" while the task is open), as an editable copy. */
  private ObjectNode offered(String taskId) {
    Object value = taskService.getVariable(taskId, DossierInput.VARIABLE);
    if (value == null) {
      return json.createObjectNode();
    }
    try {
      JsonNode node = json.readTree(value.toString());
      return node.isObject() ? (ObjectNode) node : json.createObjectNode();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Formuliergegevens van taak " + taskId + " onleesbaar", e);
    }
  }

  private static VariableMap dossier(ObjectNode d) {
    return Variables.createVariables().putValueTyped(DossierInput.VARIABLE, SpinValues.jsonValue(d.toString()).create());
  }


  private static String intendedResult(ZrmDomain domain) {
    return switch (domain) {
      case FINANCIEN -> "Schulden in beeld, betalingsregeling loopt en vaste lasten worden betaald";
      case DAGBESTEDING -> "Vaste dagbesteding of vrijwilligerswerk, drie dagdelen per week";
      case HUISVESTING -> "Huisuitzetting voorkomen, huurachterstand ingelopen";
      case HUISELIJKE_RELATIES -> "Minder ruzies thuis; ouders maken samen afspraken over de opvoeding";
      case GEESTELIJKE_GEZONDHEID -> "Passende behandeling gestart en rust in het hoofd";
      case LICHAMELIJKE_GEZONDHEID -> "Huisarts en tandarts weer in beeld, afspraken nagekomen";
      case VERSLAVING -> "Gebruik verminderd, contact met verslavingszorg";
      case ADL -> "Huishouden op orde met een vast weekritme";
      case SOCIAAL_NETWERK -> "Twee mensen in het netwerk die het gezin kan bellen";
      case MAATSCHAPPELIJKE_PARTICIPATIE -> "Kinderen naar een sportclub, ouder naar een buurtactiviteit";
      case JUSTITIE -> "Afspraken met reclassering nagekomen, geen nieuwe boetes";
    };
  }
}
