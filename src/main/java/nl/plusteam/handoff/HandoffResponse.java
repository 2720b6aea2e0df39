package nl.plusteam.handoff;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.plusteam.casefile.CaseFile;

/** What a CMD learns about its own handoff: the case reference and where the case stands. Nothing of the dossier. */
@Schema(description = "Status van een aanmelding voor het CMD dat haar deed")
public record HandoffResponse(
    @Schema(description = "Id van de aanmelding") Long id,
    @Schema(description = "Casusnummer", example = "PT-2026-000123") String caseReference,
    @Schema(description = "Status (code)", example = "RECEIVED") String status,
    @Schema(description = "Status in gewone taal", example = "Ontvangen, wacht op verdeling") String statusLabel,
    @Schema(description = "Gemeente") String municipality,
    @Schema(description = "Urgentie") String urgency,
    @Schema(description = "Moment van ontvangst") Instant receivedAt) {

  static HandoffResponse of(Handoff handoff, CaseFile caseFile) {
    return new HandoffResponse(handoff.getId(), caseFile.getReference(), caseFile.getStatus().name(),
        caseFile.getStatus().label(), handoff.getMunicipality().code(), handoff.getUrgency().code(),
        handoff.getReceivedAt());
  }
}
