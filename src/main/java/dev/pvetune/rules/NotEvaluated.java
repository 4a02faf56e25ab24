package dev.pvetune.rules;

import java.util.List;

/**
 * A rule that could not be checked, wholly (its input is missing) or for some resources (their
 * facts are missing): "not evaluated", never silently fine.
 */
public record NotEvaluated(RuleInfo rule, String reason, List<String> resources) {
  public NotEvaluated {
    resources = List.copyOf(resources);
  }
}
