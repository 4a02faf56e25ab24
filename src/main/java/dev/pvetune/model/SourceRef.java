package dev.pvetune.model;

/** Where a fact came from: a bundle entry and, when known, a 1-based line. */
public record SourceRef(String file, int line) {
  public static SourceRef of(String file) {
    return new SourceRef(file, 0);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
