package nl.plusteam.handoff;

/** One wrong field of a request, with a message in Dutch for the person who filled it in. */
public record FieldError(String field, String message) {}
