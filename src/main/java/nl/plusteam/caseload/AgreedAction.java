package nl.plusteam.caseload;

import java.time.LocalDate;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.NextStep;

/**
 * One action agreed in a caseload talk (or when arranging cover), checked and ready to carry out: the case it
 * acts on, and per kind the generalist, the date or the scale-down.
 */
public record AgreedAction(int position, ActionKind kind, CaseFile caseFile, String generalist, LocalDate date,
    NextStep scaleDownTo, String description) {}
