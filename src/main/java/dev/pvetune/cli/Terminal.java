package dev.pvetune.cli;

/** Whether standard output is a terminal that may get colour (NO_COLOR is honoured). */
final class Terminal {
  private Terminal() {}

  static boolean colorAllowed() {
    String noColor = System.getenv("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return false;
    }
    String term = System.getenv("TERM");
    return System.console() != null && term != null && !term.equals("dumb");
  }
}
