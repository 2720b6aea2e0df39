package nl.plusteam.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The CMD colleague the PlusTeam calls about this household (warm handoff). */
@Embeddable
public record CmdContact(
    @Column(name = "cmd_contact_name") String name,
    @Column(name = "cmd_contact_phone") String phone,
    @Column(name = "cmd_contact_email") String email) {}
