package dev.pvetune.rules.maint;

import dev.pvetune.rules.Rule;
import java.util.List;

/** The rules of this area, in the order they are listed in RULES.md. */
public final class MaintRules {
  private MaintRules() {}

  public static List<Rule> all() {
    return List.of(
        new NobodyHearsZfs(),
        new ReplicationFailing(),
        new BackupModeNotSnapshot(),
        new RootPoolNoSnapshot());
  }
}
