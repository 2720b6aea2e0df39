package nl.plusteam.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A valid handoff as a CMD system sends it; tests change one thing at a time. */
public final class HandoffJson {

  /** Names and a BSN that must never show up in the engine (the BSN passes the eleven-test). */
  public static final String PARENT_NAME = "Johanna Testouder";
  public static final String CHILD_NAME = "Pieter Testkind";
  public static final String BSN = "111222333";
  public static final String TRIAGE_SUMMARY = "Schulden en dreigende huisuitzetting; vader recent uit detentie";
  public static final String CONTACT_NAME = "Carla Contactpersoon";
  public static final String CONTACT_EMAIL = "c.contactpersoon@example.org";

  private static final ObjectMapper JSON = new ObjectMapper();

  private HandoffJson() {}

  public static ObjectNode valid(String municipality) {
    ObjectNode handoff = JSON.createObjectNode();
    handoff.put("municipality", municipality);
    handoff.put("urgency", "regulier");
    ArrayNode members = handoff.putArray("members");
    members.addObject().put("name", PARENT_NAME).put("role", "parent").put("birthYear", 1984).put("bsn", BSN);
    members.addObject().put("name", CHILD_NAME).put("role", "child").put("birthYear", 2014);
    handoff.putArray("problemDomains").add("financien").add("huisvesting");
    handoff.put("triageSummary", TRIAGE_SUMMARY);
    handoff.putObject("cmdContact").put("name", CONTACT_NAME).put("phone", "040-1234567")
        .put("email", CONTACT_EMAIL);
    handoff.put("dataSharingConsent", true);
    return handoff;
  }
}
