package nl.plusteam.audit;

import java.util.Map;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/** The engine's operation types (user operation log) in the director's words. */
final class OperationLabels {

  private static final Map<String, String> BY_TYPE = Map.ofEntries(
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_COMPLETE, "Taak afgerond"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ASSIGN, "Taak toegewezen"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_CLAIM, "Taak geclaimd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELEGATE, "Taak gedelegeerd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_RESOLVE, "Taak teruggegeven"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_OWNER, "Eigenaar gewijzigd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_PRIORITY, "Prioriteit gewijzigd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_UPDATE, "Gewijzigd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE, "Variabele vastgelegd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLES, "Variabelen vastgelegd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE, "Variabelen gewijzigd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE, "Variabele verwijderd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE, "Termijn verzet"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_RECALC_DUEDATE, "Termijn herberekend"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES, "Opnieuw proberen ingesteld"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_EXECUTE, "Uitgevoerd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SUSPEND, "Opgeschort"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ACTIVATE, "Hervat"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SUSPEND_JOB, "Opgeschort"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ACTIVATE_JOB, "Hervat"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE, "Procesverloop aangepast"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_MIGRATE, "Naar nieuwe modelversie gemigreerd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE, "Bericht afgeleverd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ADD_USER_LINK, "Betrokkene toegevoegd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_USER_LINK, "Betrokkene verwijderd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ADD_GROUP_LINK, "Groep toegevoegd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_GROUP_LINK, "Groep verwijderd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ADD_ATTACHMENT, "Bijlage toegevoegd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_ATTACHMENT, "Bijlage verwijderd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY, "Historie verwijderd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_REMOVAL_TIME, "Bewaartermijn ingesteld"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_CREATE_INCIDENT, "Incident aangemaakt"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_NAME, "Naam gewijzigd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_DESCRIPTION, "Omschrijving gewijzigd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_FOLLOW_UP_DATE, "Opvolgdatum gewijzigd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_EVALUATE, "Beslistabel uitgevoerd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SUSPEND_PROCESS_DEFINITION, "Procesmodel opgeschort"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_ACTIVATE_PROCESS_DEFINITION, "Procesmodel hervat"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_UPDATE_HISTORY_TIME_TO_LIVE, "Bewaartermijn model gewijzigd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_ANNOTATION, "Notitie toegevoegd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_CLEAR_ANNOTATION, "Notitie verwijderd"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_UNLOCK, "Account ontgrendeld"),
      Map.entry(UserOperationLogEntry.OPERATION_TYPE_RESTART_PROCESS_INSTANCE, "Proces herstart"));

  private static final Map<String, String> CREATED = Map.of(
      EntityTypes.DEPLOYMENT, "Model uitgerold",
      EntityTypes.PROCESS_INSTANCE, "Proces gestart",
      EntityTypes.TASK, "Taak aangemaakt",
      EntityTypes.USER, "Gebruiker aangemaakt",
      EntityTypes.GROUP, "Groep aangemaakt",
      EntityTypes.GROUP_MEMBERSHIP, "Lid toegevoegd aan groep",
      EntityTypes.AUTHORIZATION, "Recht toegekend",
      EntityTypes.FILTER, "Filter aangemaakt");

  private static final Map<String, String> DELETED = Map.of(
      EntityTypes.DEPLOYMENT, "Model verwijderd",
      EntityTypes.PROCESS_INSTANCE, "Proces beëindigd",
      EntityTypes.TASK, "Taak verwijderd",
      EntityTypes.USER, "Gebruiker verwijderd",
      EntityTypes.GROUP, "Groep verwijderd",
      EntityTypes.GROUP_MEMBERSHIP, "Lid verwijderd uit groep",
      EntityTypes.AUTHORIZATION, "Recht ingetrokken",
      EntityTypes.FILTER, "Filter verwijderd");

  private static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry(EntityTypes.TASK, "Taak"),
      Map.entry(EntityTypes.PROCESS_INSTANCE, "Procesinstantie"),
      Map.entry(EntityTypes.PROCESS_DEFINITION, "Procesmodel"),
      Map.entry(EntityTypes.DEPLOYMENT, "Modellen"),
      Map.entry(EntityTypes.JOB, "Geplande stap (timer)"),
      Map.entry(EntityTypes.JOB_DEFINITION, "Geplande stappen"),
      Map.entry(EntityTypes.VARIABLE, "Variabele"),
      Map.entry(EntityTypes.USER, "Gebruiker"),
      Map.entry(EntityTypes.GROUP, "Groep"),
      Map.entry(EntityTypes.GROUP_MEMBERSHIP, "Groepslidmaatschap"),
      Map.entry(EntityTypes.AUTHORIZATION, "Recht"),
      Map.entry(EntityTypes.FILTER, "Filter"),
      Map.entry(EntityTypes.IDENTITY_LINK, "Betrokkene"),
      Map.entry(EntityTypes.ATTACHMENT, "Bijlage"),
      Map.entry(EntityTypes.INCIDENT, "Incident"),
      Map.entry(EntityTypes.DECISION_DEFINITION, "Beslistabel"));

  private OperationLabels() {}

  /** "Taak afgerond", "Model uitgerold", … ; an unknown type as the engine names it. */
  static String operation(String operationType, String entityType) {
    if (UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(operationType)) {
      return CREATED.getOrDefault(entityType, "Aangemaakt");
    }
    if (UserOperationLogEntry.OPERATION_TYPE_DELETE.equals(operationType)) {
      return DELETED.getOrDefault(entityType, "Verwijderd");
    }
    return BY_TYPE.getOrDefault(operationType, operationType);
  }

  /** "Taak", "Procesinstantie", … */
  static String entity(String entityType) {
    return ENTITIES.getOrDefault(entityType, entityType);
  }
}
