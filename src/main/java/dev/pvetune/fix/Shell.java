package dev.pvetune.fix;

import java.util.List;
import java.util.stream.Collectors;

/** Quoting for bash: every value from a bundle goes through {@link #quote}. */
public final class Shell {
  private Shell() {}

  /**
   * One bash word that stands for exactly {@code s}: single quotes, with each {@code '} written as
   * {@code '\''}. Nothing is special inside single quotes, newlines included; only NUL cannot be
   * passed to a command at all.
   */
  public static String quote(String s) {
    if (!representable(s)) {
      throw new IllegalArgumentException("a shell word cannot contain a NUL character");
    }
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** The words of a command line, each quoted. */
  public static String command(List<String> argv) {
    return argv.stream().map(Shell::quote).collect(Collectors.joining(" "));
  }

  public static boolean representable(String s) {
    return s.indexOf('\0') < 0;
  }

  /**
   * Text safe to put in a comment or a message on one line: control characters (newlines, escape
   * sequences) are shown as \n, \t or \xNN, and a backslash as \\.
   */
  public static String printable(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
