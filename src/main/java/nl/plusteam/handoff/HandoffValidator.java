package nl.plusteam.handoff;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import nl.plusteam.system.TextRules;
import nl.plusteam.zrm.ZrmDomain;

/**
 * Checks a handoff against the target group and the API contract and lists every wrong field in
 * Dutch. Returns the handoff in domain terms only when nothing is wrong.
 */
@Component
class HandoffValidator {

  static final int MAX_NAME = 200;
  static final int MAX_SUMMARY = 4000;
  static final int MAX_MEMBERS = 20;
  static final int MIN_PROBLEM_DOMAINS = 2;

  private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{6,30}");
  /** Letters of any script, with the spaces, apostrophes, hyphens, dots and commas that names contain. */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.,()-]*");
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  private final Clock clock;

  HandoffValidator(Clock clock) {
    this.clock = clock;
  }

  record Valid(Municipality municipality, Urgency urgency, List<HandoffRequest.Member> members,
      List<MemberRole> roles, Set<ZrmDomain> problemDomains, String triageSummary, CmdContact cmdContact) {}

  /** Either a valid handoff (no errors) or the list of everything wrong with it. */
  record Result(Valid handoff, List<FieldError> errors) {
    boolean accepted() {
      return errors.isEmpty();
    }
  }

  Result validate(HandoffRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (request == null) {
      return new Result(null, List.of(new FieldError("", "De aanmelding is leeg.")));
    }
    Municipality municipality = required(errors, "municipality", request.municipality(), "gemeente")
        .flatMap(code -> known(errors, "municipality", Municipality.ofCode(code),
            "Onbekende gemeente '" + TextRules.shown(code) + "'; kies 'geldrop-mierlo' of 'waalre'."))
        .orElse(null);
    Urgency urgency = required(errors, "urgency", request.urgency(), "urgentie")
        .flatMap(code -> known(errors, "urgency", Urgency.ofCode(code),
            "Onbekende urgentie '" + TextRules.shown(code) + "'; kies 'regulier' of 'spoed'."))
        .orElse(null);
    List<MemberRole> roles = validateMembers(errors, request.members());
    Set<ZrmDomain> domains = validateDomains(errors, request.problemDomains());
    String summary = text(errors, "triageSummary", request.triageSummary(), "de samenvatting van de triage",
        MAX_SUMMARY);
    CmdContact contact = validateContact(errors, request.cmdContact());
    if (!Boolean.TRUE.equals(request.dataSharingConsent())) {
      errors.add(new FieldError("dataSharingConsent",
          "Zonder toestemming van het huishouden voor gegevensdeling kan het PlusTeam de aanmelding niet "
              + "aannemen. Vraag de toestemming en meld opnieuw aan."));
    }
    if (!errors.isEmpty()) {
      return new Result(null, List.copyOf(errors));
    }
    return new Result(new Valid(municipality, urgency, request.members(), roles, domains, summary.strip(),
        contact), List.of());
  }

  private List<MemberRole> validateMembers(List<FieldError> errors, List<HandoffRequest.Member> members) {
    if (members == null || members.isEmpty()) {
      errors.add(new FieldError("members", "Geef de gezinsleden op: minstens één ouder en één kind."));
      return List.of();
    }
    if (members.size() > MAX_MEMBERS) {
      errors.add(new FieldError("members", "Te veel gezinsleden (maximaal " + MAX_MEMBERS + ")."));
      return List.of();
    }
    List<MemberRole> roles = new ArrayList<>();
    Set<String> bsns = new HashSet<>();
    int thisYear = Year.now(clock).getValue();
    for (int i = 0; i < members.size(); i++) {
      String at = "members[" + i + "]";
      HandoffRequest.Member member = members.get(i);
      if (member == null) {
        errors.add(new FieldError(at, "Gezinslid " + (i + 1) + " is leeg."));
        continue;
      }
      name(errors, at + ".name", member.name(), "de naam");
      required(errors, at + ".role", member.role(), "de rol (parent of child)")
          .flatMap(code -> known(errors, at + ".role", MemberRole.ofCode(code),
              "Onbekende rol '" + TextRules.shown(code) + "'; kies 'parent' (ouder) of 'child' (kind)."))
          .ifPresent(roles::add);
      if (member.birthYear() == null) {
        errors.add(new FieldError(at + ".birthYear", "Vul het geboortejaar in."));
      } else if (member.birthYear() < 1900 || member.birthYear() > thisYear) {
        errors.add(new FieldError(at + ".birthYear",
            "Geboortejaar " + member.birthYear() + " kan niet kloppen (tussen 1900 en " + thisYear + ")."));
      }
      if (member.bsn() != null && !member.bsn().isBlank()) {
        if (!Bsn.isValid(member.bsn())) {
          errors.add(new FieldError(at + ".bsn",
              "Dit is geen geldig BSN: een BSN heeft 9 cijfers en voldoet aan de elfproef."));
        } else if (!bsns.add(member.bsn())) {
          errors.add(new FieldError(at + ".bsn", "Dit BSN staat al bij een ander gezinslid."));
        }
      }
    }
    if (!roles.contains(MemberRole.PARENT) || !roles.contains(MemberRole.CHILD)) {
      errors.add(new FieldError("members",
          "Het PlusTeam ondersteunt gezinnen: geef minstens één ouder (parent) en één kind (child) op."));
    }
    return roles;
  }

  private Set<ZrmDomain> validateDomains(List<FieldError> errors, List<String> codes) {
    Set<ZrmDomain> domains = EnumSet.noneOf(ZrmDomain.class);
    if (codes == null) {
      codes = List.of();
    }
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      Optional<ZrmDomain> domain = ZrmDomain.ofCode(code);
      if (domain.isEmpty()) {
        errors.add(new FieldError("problemDomains[" + i + "]",
            "Onbekend ZRM-domein '" + TextRules.shown(code) + "'. Bekende domeinen: " + knownDomainCodes() + "."));
      } else if (!domains.add(domain.get())) {
        errors.add(new FieldError("problemDomains[" + i + "]", "Domein '" + TextRules.shown(code) + "' staat er dubbel in."));
      }
    }
    if (domains.size() < MIN_PROBLEM_DOMAINS && errors.stream().noneMatch(e -> e.field().startsWith("problemDomains"))) {
      errors.add(new FieldError("problemDomains",
          "Een multiprobleemhuishouden heeft problemen op meerdere leefgebieden: geef minstens "
              + MIN_PROBLEM_DOMAINS + " ZRM-domeinen op."));
    }
    return domains;
  }

  private CmdContact validateContact(List<FieldError> errors, HandoffRequest.Contact contact) {
    if (contact == null) {
      errors.add(new FieldError("cmdContact", "Geef een contactpersoon bij het CMD op (naam en telefoon of e-mail)."));
      return null;
    }
    String name = name(errors, "cmdContact.name", contact.name(), "de naam van de contactpersoon");
    String phone = blankToNull(contact.phone());
    String email = blankToNull(contact.email());
    if (phone == null && email == null) {
      errors.add(new FieldError("cmdContact", "Geef een telefoonnummer of e-mailadres van de contactpersoon op."));
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      errors.add(new FieldError("cmdContact.phone", "Dit telefoonnummer is niet geldig (cijfers, spaties, +, -, haakjes; 6 tot 30 tekens)."));
    }
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      errors.add(new FieldError("cmdContact.email", "Dit e-mailadres is niet geldig."));
    }
    return new CmdContact(name == null ? null : name.strip(), phone, email);
  }

  private static Optional<String> required(List<FieldError> errors, String field, String value, String what) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "Vul " + what + " in."));
      return Optional.empty();
    }
    return Optional.of(value.strip());
  }

  private static <T> Optional<T> known(List<FieldError> errors, String field, Optional<T> value, String message) {
    if (value.isEmpty()) {
      errors.add(new FieldError(field, message));
    }
    return value;
  }

  private static String text(List<FieldError> errors, String field, String value, String what, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "Vul " + what + " in."));
      return null;
    }
    if (value.length() > max) {
      errors.add(new FieldError(field, "Te lang: maximaal " + max + " tekens (nu " + value.length() + ")."));
      return null;
    }
    Optional<String> unsafe = TextRules.problem(value);
    if (unsafe.isPresent()) {
      errors.add(new FieldError(field, "De tekst " + unsafe.get()));
      return null;
    }
    return value;
  }

  private static String name(List<FieldError> errors, String field, String value, String what) {
    String name = text(errors, field, value, what, MAX_NAME);
    if (name != null && !NAME.matcher(name.strip()).matches()) {
      errors.add(new FieldError(field, "Een naam bestaat uit letters, met spaties, apostrof, koppelteken, punt of "
          + "komma ertussen; geen cijfers of andere tekens."));
      return null;
    }
    return name;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String knownDomainCodes() {
    return String.join(", ", java.util.Arrays.stream(ZrmDomain.values()).map(ZrmDomain::code).toList());
  }
}
