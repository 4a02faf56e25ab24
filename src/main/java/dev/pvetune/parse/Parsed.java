package dev.pvetune.parse;

import java.util.List;

/** A parser's result: the value read and what it had to skip. */
public record Parsed<T>(T value, List<Diagnostic> diagnostics) {
  public Parsed {
    diagnostics = List.copyOf(diagnostics);
  }

  public static <T> Parsed<T> clean(T value) {
    return new Parsed<>(value, List.of());
  }
}
