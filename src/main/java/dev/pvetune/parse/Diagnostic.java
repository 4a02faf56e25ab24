package dev.pvetune.parse;

/** Something a parser could not read, at a file and line; the rest of the input is still used. */
public record Diagnostic(String file, int line, String message) {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
