package dev.pvetune.rules;

import dev.pvetune.model.SourceRef;
import dev.pvetune.settings.Thresholds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where a rule reports: findings, and resources it could not judge for lack of facts. */
public final class Findings {
  private final Thresholds thresholds;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<RuleInfo, Map<String, List<String>>> unknown = new LinkedHashMap<>();
  private RuleInfo current;

  Findings(Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** The limits rules compare against (defaults, or the settings file's). */
  public Thresholds thresholds() {
    return thresholds;
  }

  void start(RuleInfo rule) {
    current = rule;
  }

  /** Starts a finding of the current rule on a resource; call {@link Builder#add()} to report it. */
  public Builder on(String resource, String message) {
    return new Builder(current, resource, message);
  }

  /** The rule could not be evaluated for this resource; the reason names what is missing. */
  public void unknown(String resource, String reason) {
    unknown.computeIfAbsent(current, r -> new LinkedHashMap<>()).computeIfAbsent(reason, r -> new ArrayList<>()).add(resource);
  }

  List<Finding> findings() {
    return findings;
  }

  List<NotEvaluated> unknowns() {
    List<NotEvaluated> out = new ArrayList<>();
    unknown.forEach((rule, byReason) -> byReason.forEach((reason, resources) -> out.add(new NotEvaluated(rule, reason, resources))));
    return out;
  }

  /** Collects the parts of one finding. */
  public final class Builder {
    private final RuleInfo rule;
    private final String resource;
    private final String message;
    private Severity severity;
    private final List<Evidence> evidence = new ArrayList<>();
    private String impact;
    private final List<FixAction> fixes = new ArrayList<>();

    private Builder(RuleInfo rule, String resource, String message) {
      this.rule = rule;
      this.resource = resource;
      this.message = message;
      this.severity = rule.severity();
    }

    public Builder severity(Severity s) {
      this.severity = s;
      return this;
    }

    public Builder evidence(String fact, SourceRef source) {
      evidence.add(Evidence.of(fact, source));
      return this;
    }

    public Builder evidence(String fact) {
      evidence.add(Evidence.derived(fact));
      return this;
    }

    public Builder impact(String text) {
      this.impact = text;
      return this;
    }

    public Builder fix(String summary, Disruption disruption, Change change) {
      fixes.add(new FixAction(summary, disruption, change));
      return this;
    }

    public void add() {
      findings.add(new Finding(rule, severity, resource, message, evidence, Optional.ofNullable(impact), fixes));
    }
  }
}
