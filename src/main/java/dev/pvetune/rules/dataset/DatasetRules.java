package dev.pvetune.rules.dataset;

import dev.pvetune.rules.Rule;
import java.util.List;

/** The rules of this area, in the order they are listed in RULES.md. */
public final class DatasetRules {
  private DatasetRules() {}

  public static List<Rule> all() {
    return List.of(
        new SyncDisabled(),
        new SyncAlways(),
        new CompressionOff(),
        new AtimeOn(),
        new XattrDir(),
        new DedupOn(),
        new PrimarycacheNone(),
        new LogbiasThroughput());
  }
}
