package dev.pvetune.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the rule a mistyped id or slug most likely meant. */
public final class RuleNames {
  private static final Pattern SHORT_ID = Pattern.compile("([a-z]+)-?(\\d{1,3})");

  private RuleNames() {}

  /** The rule whose id or slug is closest to {@code query}; empty only when there are no rules. */
  public static Optional<RuleInfo> closest(String query, List<RuleInfo> rules) {
    String q = normalise(query);
    return rules.stream().min(Comparator.comparingInt((RuleInfo r) -> distance(q, r)).thenComparing(RuleInfo::id));
  }

  private static int distance(String query, RuleInfo rule) {
    String id = rule.id().toLowerCase(Locale.ROOT);
    String slug = rule.slug();
    int best = Math.min(editDistance(query, id), editDistance(query, slug));
    if (query.length() >= 3 && (slug.contains(query) || id.contains(query))) {
      best = Math.min(best, 1);
    }
    return best;
  }

  /** Lower case; "disk-1" and "disk1" become "disk-001", so short forms of an id match it exactly. */
  private static String normalise(String query) {
    String q = query.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT_ID.matcher(q);
    if (m.matches() && isArea(m.group(1))) {
      return m.group(1) + "-" + "0".repeat(3 - m.group(2).length()) + m.group(2);
    }
    return q;
  }

  private static boolean isArea(String prefix) {
    for (Area area : Area.values()) {
      if (area.name().equalsIgnoreCase(prefix)) {
        return true;
      }
    }
    return false;
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
