package dev.pvetune.rules.storage;

import dev.pvetune.rules.Rule;
import java.util.List;

/** The rules of this area, in the order they are listed in RULES.md. */
public final class StorageRules {
  private StorageRules() {}

  public static List<Rule> all() {
    return List.of(
        new ZfspoolThick(),
        new ZfspoolBlocksizeUnset(),
        new BlocksizeRaidzPadding(),
        new DirImagesOnZfs(),
        new BackupsShareVmPool(),
        new InertRecordsize());
  }
}
