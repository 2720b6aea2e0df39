package nl.plusteam.handoff;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Reads a handoff exactly as the contract describes it, and says in Dutch which field is wrong when it does
 * not: no field twice, no unknown fields (a misspelt field would otherwise be silently lost), and the JSON
 * type of every field as documented — no guessing that {@code 12345} was meant as a summary or
 * {@code "ja"} as consent. The body is limited in size before it is parsed.
 */
@Component
class HandoffRequestReader {

  static final int MAX_BODY = 256 * 1024;

  private static final ObjectReader READER = strictMapper().readerFor(HandoffRequest.class);

  private static JsonMapper strictMapper() {
    JsonMapper mapper = JsonMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
    for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.Boolean)) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.POJO).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    return mapper;
  }

  /** The request, or a refusal listing what is wrong with its form; the content is checked by the validator. */
  HandoffRequest read(InputStream body) {
    byte[] bytes;
    try {
      bytes = body.readNBytes(MAX_BODY + 1);
    } catch (IOException e) {
      throw invalid("", "De aanmelding kon niet worden gelezen; verstuur haar opnieuw.");
    }
    if (bytes.length > MAX_BODY) {
      throw new HandoffProblems.TooLarge("De aanmelding is te groot (meer dan " + MAX_BODY / 1024
          + " kB). Een aanmelding bevat alleen de gegevens van de triage; verkort de teksten.");
    }
    if (bytes.length == 0) {
      throw invalid("", "De aanmelding is leeg: stuur de gegevens als JSON-object.");
    }
    try {
      HandoffRequest request = READER.readValue(bytes);
      if (request == null) {
        throw invalid("", "De aanmelding is leeg: stuur de gegevens als JSON-object.");
      }
      return request;
    } catch (UnrecognizedPropertyException e) {
      throw invalid(path(e), "Onbekend veld '" + nl.plusteam.system.TextRules.shown(e.getPropertyName())
          + "'; de velden staan in de API-beschrijving op /api-docs.");
    } catch (MismatchedInputException e) {
      throw invalid(path(e), "Verkeerd soort waarde: verwacht " + expected(e.getTargetType()) + ".");
    } catch (JsonParseException e) {
      throw invalid("", e.getOriginalMessage().startsWith("Duplicate field")
          ? "Een veld staat er dubbel in (" + nl.plusteam.system.TextRules.shown(e.getOriginalMessage()
              .replaceAll("^Duplicate field '(.*)'$", "$1")) + "); geef elk veld één keer op."
          : "De aanmelding is geen geldige JSON (regel " + e.getLocation().getLineNr() + ", kolom "
              + e.getLocation().getColumnNr() + ").");
    } catch (JsonMappingException e) {
      throw invalid(path(e), "Deze waarde kan hier niet staan; zie de API-beschrijving op /api-docs.");
    } catch (IOException e) {
      throw invalid("", "De aanmelding kon niet worden gelezen; verstuur haar opnieuw.");
    }
  }

  private static HandoffProblems.Invalid invalid(String field, String message) {
    return new HandoffProblems.Invalid(List.of(new FieldError(field, message)));
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      }
    }
    return path.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "een andere waarde";
    }
    if (type == String.class) {
      return "tekst tussen aanhalingstekens";
    }
    if (type == Integer.class || type == int.class) {
      return "een geheel getal";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true of false";
    }
    if (List.class.isAssignableFrom(type)) {
      return "een lijst [ … ]";
    }
    return "een object { … }";
  }
}
