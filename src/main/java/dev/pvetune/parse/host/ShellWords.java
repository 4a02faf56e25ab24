package dev.pvetune.parse.host;

import java.util.Optional;

/**
 * Reads the value of a POSIX shell assignment ({@code VAR=value}) the way {@code sh} would for
 * literal text: quotes removed, backslash escapes honoured, the value ends at the first unquoted
 * blank, and {@code #} after a blank starts a comment. Expansions ({@code $HOME}) stay literal.
 */
final class ShellWords {
  private ShellWords() {}

  /** The assigned value, or empty when a quote is not closed. */
  static Optional<String> assignmentValue(String text) {
    StringBuilder value = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        break;
      }
      if (c == '\'') {
        int end = text.indexOf('\'', i + 1);
        if (end < 0) {
          return Optional.empty();
        }
        value.append(text, i + 1, end);
        i = end + 1;
      } else if (c == '"') {
        i++;
        boolean closed = false;
        while (i < text.length()) {
          char d = text.charAt(i);
          if (d == '\\' && i + 1 < text.length() && "$`\"\\".indexOf(text.charAt(i + 1)) >= 0) {
            value.append(text.charAt(i + 1));
            i += 2;
          } else if (d == '"') {
            closed = true;
            i++;
            break;
          } else {
            value.append(d);
            i++;
          }
        }
        if (!closed) {
          return Optional.empty();
        }
      } else if (c == '\\' && i + 1 < text.length()) {
        value.append(text.charAt(i + 1));
        i += 2;
      } else {
        value.append(c);
        i++;
      }
    }
    return Optional.of(value.toString());
  }
}
