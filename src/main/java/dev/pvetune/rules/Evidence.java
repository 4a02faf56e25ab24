package dev.pvetune.rules;

import dev.pvetune.model.SourceRef;
import java.util.Optional;

/** A fact a finding rests on, with the bundle file and line it was read from. */
public record Evidence(String fact, Optional<SourceRef> source) {
  public static Evidence of(String fact, SourceRef source) {
    return new Evidence(fact, Optional.ofNullable(source));
  }

  public static Evidence derived(String fact) {
    return new Evidence(fact, Optional.empty());
  }
}
