package nl.plusteam.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum value with the code external systems send (lower case, hyphens: {@code geldrop-mierlo}) and
 * the Dutch label users read. The code is derived from the constant's name, so the two cannot drift.
 */
public interface Coded {

  String name();

  String label();

  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E> & Coded> Optional<E> ofCode(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
  }
}
