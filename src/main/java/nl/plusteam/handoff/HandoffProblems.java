package nl.plusteam.handoff;

import java.util.List;

/** Why a handoff was not taken; each maps to one HTTP status with a Dutch explanation. */
final class HandoffProblems {

  private HandoffProblems() {}

  /** 400: the request has wrong fields; all of them are listed. */
  static final class Invalid extends RuntimeException {
    final List<FieldError> errors;

    Invalid(List<FieldError> errors) {
      super("Aanmelding ongeldig: " + errors.size() + " fout(en)");
      this.errors = errors;
    }
  }

  /** 415: the request is not JSON. */
  static final class NotJson extends RuntimeException {
    NotJson(String message) {
      super(message);
    }
  }

  /** 413: the request is larger than any handoff can be. */
  static final class TooLarge extends RuntimeException {
    TooLarge(String message) {
      super(message);
    }
  }

  /** 403: the caller may not hand off for (or read) this municipality. */
  static final class Forbidden extends RuntimeException {
    Forbidden(String message) {
      super(message);
    }
  }

  /** 409: the idempotency key was used before for a different handoff. */
  static final class KeyReused extends RuntimeException {
    KeyReused(String message) {
      super(message);
    }
  }

  /** 404: no handoff with this id that the caller may see. */
  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }
}
