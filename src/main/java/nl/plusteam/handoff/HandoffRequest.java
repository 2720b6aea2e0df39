package nl.plusteam.handoff;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The CMD's handoff as it arrives over the API. Fields are plain strings and numbers on purpose:
 * {@link HandoffValidator} checks every field and reports all errors at once, in Dutch.
 */
@Schema(description = "Aanmelding van een huishouden door het CMD na triage")
public record HandoffRequest(
    @Schema(description = "Gemeente van het CMD", allowableValues = {"geldrop-mierlo", "waalre"}) String municipality,
    @Schema(description = "Urgentie", allowableValues = {"regulier", "spoed"}) String urgency,
    @Schema(description = "Gezinsleden: minstens één ouder en één kind") List<Member> members,
    @Schema(description = "ZRM-domeinen met problemen, minstens twee", example = "[\"financien\", \"huisvesting\"]")
    List<String> problemDomains,
    @Schema(description = "Samenvatting van de triage", maxLength = HandoffValidator.MAX_SUMMARY) String triageSummary,
    @Schema(description = "Contactpersoon bij het CMD") Contact cmdContact,
    @Schema(description = "Toestemming van het huishouden voor gegevensdeling met het PlusTeam; moet true zijn")
    Boolean dataSharingConsent) {

  public record Member(
      @Schema(description = "Naam", maxLength = HandoffValidator.MAX_NAME) String name,
      @Schema(description = "Rol in het gezin", allowableValues = {"parent", "child"}) String role,
      @Schema(description = "Geboortejaar", example = "1985") Integer birthYear,
      @Schema(description = "BSN (optioneel, 9 cijfers, elfproef)", example = "111222333") String bsn) {}

  public record Contact(
      @Schema(description = "Naam", maxLength = HandoffValidator.MAX_NAME) String name,
      @Schema(description = "Telefoonnummer", maxLength = 30) String phone,
      @Schema(description = "E-mailadres", maxLength = 254) String email) {}
}
