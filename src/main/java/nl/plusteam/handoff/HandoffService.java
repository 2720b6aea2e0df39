package nl.plusteam.handoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.plusteam.casefile.CaseFile;
import nl.plusteam.casefile.CaseFileService;
import nl.plusteam.security.CurrentUser;

/**
 * Takes a CMD's handoff: checks who sends it and what it says, stores household, members and handoff,
 * and opens the case, all in one transaction. The idempotency key makes retries safe: the same key
 * with the same handoff returns the first case; with another handoff it is refused.
 */
@Service
public class HandoffService {

  private static final Logger LOG = LoggerFactory.getLogger(HandoffService.class);
  static final int MAX_KEY_LENGTH = 128;
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_KEY_LENGTH + "}");

  private final HandoffValidator validator;
  private final HandoffRepository handoffs;
  private final HouseholdRepository households;
  private final CaseFileService caseFiles;
  private final TransactionTemplate transaction;
  private final TransactionTemplate readOnly;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  HandoffService(HandoffValidator validator, HandoffRepository handoffs, HouseholdRepository households,
      CaseFileService caseFiles, PlatformTransactionManager transactionManager, ObjectMapper objectMapper,
      Clock clock) {
    this.validator = validator;
    this.handoffs = handoffs;
    this.households = households;
    this.caseFiles = caseFiles;
    this.transaction = new TransactionTemplate(transactionManager);
    this.readOnly = new TransactionTemplate(transactionManager);
    this.readOnly.setReadOnly(true);
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  /** The result of a submission: the case, and whether it was made earlier by the same request. */
  public record Submission(HandoffResponse handoff, boolean replayed) {}

  public Submission submit(CurrentUser user, String idempotencyKey, HandoffRequest request) {
    return submit(user, idempotencyKey, () -> request);
  }

  /** As above, with the request read only after the caller and the key are found acceptable. */
  Submission submit(CurrentUser user, String idempotencyKey, Supplier<HandoffRequest> requestBody) {
    if (user.cmdMunicipalities().isEmpty()) {
      throw new HandoffProblems.Forbidden("Alleen medewerkers van een CMD kunnen een huishouden aanmelden.");
    }
    if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
      throw new HandoffProblems.Invalid(List.of(new FieldError("Idempotency-Key",
          "Stuur een header Idempotency-Key mee: een unieke code per aanmelding (1 tot " + MAX_KEY_LENGTH
              + " tekens, zonder spaties), zodat een herhaalde verzending geen tweede casus maakt.")));
    }
    HandoffRequest request = requestBody.get();
    HandoffValidator.Result result = validator.validate(request);
    if (!result.accepted()) {
      // Only field names are logged: the values may be personal data.
      LOG.info("Aanmelding van {} geweigerd: {}", user.userId(),
          result.errors().stream().map(FieldError::field).toList());
      throw new HandoffProblems.Invalid(result.errors());
    }
    HandoffValidator.Valid valid = result.handoff();
    if (!user.cmdMunicipalities().contains(valid.municipality())) {
      throw new HandoffProblems.Forbidden("U kunt alleen aanmelden voor uw eigen gemeente; deze aanmelding is voor "
          + valid.municipality().label() + ".");
    }
    String fingerprint = fingerprint(request);
    Optional<Submission> earlier = findEarlier(valid, idempotencyKey, fingerprint);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return new Submission(transaction.execute(tx -> create(user, valid, idempotencyKey, fingerprint)), false);
    } catch (DataIntegrityViolationException concurrentDuplicate) {
      // Another request with the same key won the race; answer with its case.
      return findEarlier(valid, idempotencyKey, fingerprint).orElseThrow(() -> concurrentDuplicate);
    }
  }

  public HandoffResponse status(CurrentUser user, Long id) {
    return readOnly.execute(tx -> {
      Handoff handoff = handoffs.findById(id)
          .orElseThrow(() -> new HandoffProblems.NotFound("Er is geen aanmelding met id " + id + "."));
      if (!user.cmdMunicipalities().contains(handoff.getMunicipality())) {
        throw new HandoffProblems.Forbidden("Deze aanmelding is niet door uw CMD gedaan.");
      }
      return HandoffResponse.of(handoff, caseFiles.findByHandoff(handoff.getId()).orElseThrow());
    });
  }

  private HandoffResponse create(CurrentUser user, HandoffValidator.Valid valid, String idempotencyKey,
      String fingerprint) {
    Instant now = clock.instant();
    Household household = new Household(valid.municipality(), now);
    for (int i = 0; i < valid.members().size(); i++) {
      HandoffRequest.Member member = valid.members().get(i);
      String bsn = member.bsn() == null || member.bsn().isBlank() ? null : member.bsn();
      household.addMember(member.name().strip(), valid.roles().get(i), member.birthYear(), bsn);
    }
    households.save(household);
    Handoff handoff = handoffs.saveAndFlush(new Handoff(household, valid.urgency(), valid.triageSummary(),
        valid.cmdContact(), valid.problemDomains(), user.userId(), now, idempotencyKey, fingerprint));
    CaseFile caseFile = caseFiles.open(handoff.getId(), household.getId(), valid.municipality(), valid.urgency(), now);
    return HandoffResponse.of(handoff, caseFile);
  }

  private Optional<Submission> findEarlier(HandoffValidator.Valid valid, String idempotencyKey, String fingerprint) {
    return readOnly.execute(tx -> handoffs.findByMunicipalityAndIdempotencyKey(valid.municipality(), idempotencyKey)
        .map(earlier -> {
          if (!earlier.getRequestFingerprint().equals(fingerprint)) {
            throw new HandoffProblems.KeyReused("Deze Idempotency-Key is al gebruikt voor een andere aanmelding ("
                + caseFiles.findByHandoff(earlier.getId()).map(CaseFile::getReference).orElse("onbekend")
                + "). Gebruik per aanmelding een nieuwe sleutel.");
          }
          return new Submission(HandoffResponse.of(earlier, caseFiles.findByHandoff(earlier.getId()).orElseThrow()),
              true);
        }));
  }

  private String fingerprint(HandoffRequest request) {
    try {
      byte[] canonical = objectMapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Kan aanmelding niet vastleggen", e);
    }
  }
}
