package nl.plusteam.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import nl.plusteam.casefile.GeneralistDirectory;
import nl.plusteam.system.DutchDates;

/**
 * A quarterly report as documents for the boards: a print view (HTML with a print stylesheet; "save as PDF" in any
 * browser) and the figures as CSV for Excel (semicolons, decimal commas, UTF-8 with byte order mark).
 */
@Component
class ReportDocuments {

  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
      Locale.forLanguageTag("nl-NL"));

  private final QuarterlyReportService reports;
  private final GeneralistDirectory people;

  ReportDocuments(QuarterlyReportService reports, GeneralistDirectory people) {
    this.reports = reports;
    this.people = people;
  }

  String html(QuarterlyReport report) {
    FrozenFigures frozen = reports.figures(report);
    List<FrozenFigures.Scope> scopes = frozen.scopes();
    Map<String, String> interpretations = report.getInterpretations();
    StringBuilder h = new StringBuilder();
    String title = "Kwartaalrapportage PlusTeam — " + report.period().label();
    h.append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>").append(e(title)).append("</title>")
        .append("<style>").append(STYLE).append("</style></head><body>");
    h.append("<header><h1>").append(e(title)).append("</h1><p class=\"sub\">PlusTeam Geldrop-Mierlo en Waalre · ")
        .append(e(DutchDates.format(report.period().from()))).append(" t/m ")
        .append(e(DutchDates.format(report.period().to())))
        .append("</p>");
    if (report.isFinal()) {
      h.append("<p class=\"status final\">Definitief · vastgesteld door ").append(e(people.nameOf(report.getFinalisedBy())))
          .append(" op ").append(e(moment(report.getFinalisedAt()))).append("</p>");
    } else {
      h.append("<p class=\"status draft\">CONCEPT · wacht op de duiding van de directeur; de cijfers zijn bevroren op ")
          .append(e(moment(report.getFrozenAt()))).append("</p>");
    }
    h.append("</header>");
    if (report.getSummary() != null) {
      h.append("<section><h2>Samenvatting</h2>").append(paragraphs(report.getSummary())).append("</section>");
    }
    h.append("<section><h2>Cijfers en stoplichten</h2><table><thead><tr><th>KPI</th>");
    for (FrozenFigures.Scope scope : scopes) {
      h.append("<th class=\"num\">").append(e(scope.municipalityLabel())).append("</th>");
    }
    h.append("<th>Duiding</th></tr></thead><tbody>");
    String group = null;
    List<FigureView> total = frozen.total().figures();
    for (int i = 0; i < total.size(); i++) {
      FigureView figure = total.get(i);
      if (!figure.group().equals(group)) {
        group = figure.group();
        h.append("<tr class=\"group\"><th colspan=\"").append(scopes.size() + 2).append("\">").append(e(group))
            .append("</th></tr>");
      }
      h.append("<tr><td><strong>").append(e(figure.label())).append("</strong><div class=\"detail\">")
          .append(e(figure.detail())).append("</div>");
      if (figure.norm() != null) {
        h.append("<div class=\"norm\">Norm: ").append(e(figure.norm())).append("</div>");
      }
      h.append("</td>");
      for (FrozenFigures.Scope scope : scopes) {
        FigureView cell = scope.figures().get(i);
        h.append("<td class=\"num\">").append(e(cell.display())).append(light(cell)).append("</td>");
      }
      String interpretation = interpretations.get(figure.key());
      h.append("<td class=\"text\">").append(interpretation == null ? "" : paragraphs(interpretation)).append("</td></tr>");
    }
    h.append("</tbody></table></section>");
    h.append("<section class=\"definitions\"><h2>Wat de cijfers meten</h2><dl>");
    for (FigureView figure : total) {
      h.append("<dt>").append(e(figure.label())).append("</dt><dd>").append(e(figure.definition())).append("</dd>");
    }
    h.append("</dl></section><footer>Cijfers bevroren op ").append(e(moment(report.getFrozenAt())))
        .append(" (stand per ").append(e(moment(report.getAsOf()))).append("). ");
    if (report.isFinal()) {
      h.append("Controlegetal (SHA-256): ").append(e(report.getContentHash().substring(0, 16))).append("… ")
          .append(reports.intact(report) ? "— inhoud ongewijzigd sinds vaststelling." : "— LET OP: de inhoud wijkt af van de vastgestelde versie.");
    }
    h.append("</footer></body></html>");
    return h.toString();
  }

  byte[] csv(QuarterlyReport report) {
    FrozenFigures frozen = reports.figures(report);
    Map<String, String> interpretations = report.getInterpretations();
    StringBuilder c = new StringBuilder("\uFEFF");
    c.append("kwartaal;gemeente;kpi;omschrijving;waarde;weergave;aantal;stoplicht;norm;toelichting;duiding\r\n");
    for (FrozenFigures.Scope scope : frozen.scopes()) {
      for (FigureView figure : scope.figures()) {
        c.append(String.join(";", cell(report.getQuarterKey()), cell(scope.municipalityLabel()), cell(figure.key()),
            cell(figure.label()), figure.value() == null ? "" : Unit.number(figure.value(), 4).replace(".", ""),
            cell(figure.display()), String.valueOf(figure.count()), cell(figure.light()), cell(figure.norm()),
            cell(figure.detail()), cell(scope.municipality() == null ? interpretations.get(figure.key()) : null)))
            .append("\r\n");
      }
    }
    return c.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value.replace("\r", "").replace("\n", " ");
    // A cell starting with = or @, or + or - before something other than a number, would be a formula in Excel:
    // quote it so it stays text ("+0,24" stays a number).
    if (!text.isEmpty() && ("=@".indexOf(text.charAt(0)) >= 0
        || "+-".indexOf(text.charAt(0)) >= 0 && !text.matches("[+-]\\d[\\d.,]*"))) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static String light(FigureView figure) {
    if (figure.light() == null) {
      return "";
    }
    String symbol = switch (figure.light()) {
      case "groen" -> "●";
      case "oranje" -> "▲";
      default -> "■";
    };
    return " <span class=\"light " + figure.light() + "\">" + symbol + " " + e(figure.lightLabel()) + "</span>";
  }

  private static String paragraphs(String text) {
    StringBuilder p = new StringBuilder();
    for (String part : text.split("\\n\\s*\\n")) {
      p.append("<p>").append(e(part).replace("\n", "<br>")).append("</p>");
    }
    return p.toString();
  }

  private static String moment(java.time.Instant instant) {
    return instant == null ? "" : MOMENT.format(LocalDateTime.ofInstant(instant, ReportPeriod.ZONE));
  }

  private static String e(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2733;margin:2rem auto;max-width:1100px;
        padding:0 1rem;line-height:1.45}
      h1{font-size:1.6rem;margin:0}h2{font-size:1.15rem;border-bottom:2px solid #d7dde4;padding-bottom:.25rem;margin-top:2rem}
      .sub{color:#52606d;margin:.25rem 0}.status{display:inline-block;padding:.3rem .6rem;border-radius:4px;font-weight:600}
      .final{background:#e3f4ea;color:#14532d}.draft{background:#fff4d6;color:#7a4b00}
      table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border-bottom:1px solid #e4e8ec;padding:.45rem;
        vertical-align:top;text-align:left}th.num,td.num{text-align:right;white-space:nowrap}
      tr.group th{background:#f2f5f8;font-size:.95rem}.detail,.norm{color:#52606d;font-size:.82rem}
      .light{display:inline-block;margin-left:.35rem;padding:0 .35rem;border-radius:3px;font-size:.8rem;font-weight:600}
      .light.groen{background:#dff3e6;color:#14532d}.light.oranje{background:#ffe9c7;color:#7a3e00}
      .light.rood{background:#fde0e0;color:#8a1111}td.text p{margin:0 0 .4rem}
      dl{font-size:.85rem}dt{font-weight:600;margin-top:.5rem}dd{margin:0 0 0 1rem;color:#39434d}
      footer{margin-top:2rem;font-size:.8rem;color:#52606d;border-top:1px solid #d7dde4;padding-top:.5rem}
      @media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}
        .light{border:1px solid currentColor}}
      """;
}
