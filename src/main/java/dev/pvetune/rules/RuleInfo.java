package dev.pvetune.rules;

import dev.pvetune.model.Input;
import java.util.Set;

/**
 * A rule's metadata: stable id (AREA-NNN), slug, default severity, title, the inputs it reads.
 * The CLI, docs index and reports all read this one source.
 */
public record RuleInfo(String id, String slug, Severity severity, String title, Set<Input> needs) {
  public RuleInfo {
    if (!id.matches("(DISK|GUEST|STOR|POOL|DSET|MEM|MAINT|HOST)-\\d{3}")) {
      throw new IllegalArgumentException("malformed rule id " + id);
    }
    if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("malformed slug " + slug);
    }
    needs = Set.copyOf(needs);
  }

  public Area area() {
    return Area.valueOf(id.substring(0, id.indexOf('-')));
  }
}
