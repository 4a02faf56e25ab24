package dev.pvetune.rules.host;

import dev.pvetune.rules.Rule;
import java.util.List;

/** The rules of this area, in the order they are listed in RULES.md. */
public final class HostRules {
  private HostRules() {}

  public static List<Rule> all() {
    return List.of(
        new VersionCaveats());
  }
}
