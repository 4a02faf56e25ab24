package dev.pvetune.settings;

import dev.pvetune.rules.AuditResult;
import dev.pvetune.rules.Finding;
import dev.pvetune.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings file's say over findings once the rules have run: severity overrides first, then
 * waivers. A waiver whose expiry date lies before the audit day no longer waives; the result
 * lists it, with the findings it would have hidden.
 */
public final class FindingPolicy {
  private FindingPolicy() {}

  public static AuditResult apply(AuditResult result, Settings settings, LocalDate today) {
    if (settings.severities().isEmpty() && settings.waivers().isEmpty()) {
      return result;
    }
    List<Finding> findings = new ArrayList<>(result.findings().size());
    for (Finding f : result.findings()) {
      Severity override = settings.severities().get(f.rule().id());
      findings.add(override == null || override == f.severity() ? f
          : new Finding(f.rule(), override, f.resource(), f.message(), f.evidence(), f.impact(), f.fixes()));
    }
    // The engine's report order, again: overrides may have moved findings between severities.
    findings.sort(Comparator.comparing(Finding::severity).thenComparing(f -> f.rule().id()).thenComparing(Finding::resource));

    List<Finding> reported = new ArrayList<>();
    List<AuditResult.Waived> waived = new ArrayList<>();
    Map<Waiver, List<Finding>> expired = new LinkedHashMap<>();
    for (Waiver w : settings.waivers()) {
      if (w.expiredOn(today)) {
        expired.put(w, new ArrayList<>());
      }
    }
    for (Finding f : findings) {
      Optional<Waiver> active = settings.waivers().stream()
          .filter(w -> !w.expiredOn(today) && w.covers(f.rule().id(), f.resource())).findFirst();
      if (active.isPresent()) {
        waived.add(new AuditResult.Waived(f, active.get()));
        continue;
      }
      reported.add(f);
      expired.forEach((w, hidden) -> {
        if (w.covers(f.rule().id(), f.resource())) {
          hidden.add(f);
        }
      });
    }
    List<AuditResult.ExpiredWaiver> expiredWaivers = new ArrayList<>();
    expired.forEach((w, hidden) -> expiredWaivers.add(new AuditResult.ExpiredWaiver(w, hidden)));
    return new AuditResult(result.inventory(), result.rules(), reported, result.notEvaluated(), waived, expiredWaivers,
        settings.waivers().isEmpty() ? Optional.empty() : Optional.of(today));
  }
}
