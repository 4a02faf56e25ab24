package dev.pvetune.parse.host;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Undoing the escapes the kernel and util-linux put into names. Escaped bytes are collected and
 * decoded as UTF-8, so an escaped multi-byte character comes back whole.
 */
final class Escapes {
  private Escapes() {}

  /** Kernel octal escapes of {@code /proc/mounts} and {@code /proc/swaps}: {@code \040}. */
  static String octal(String text) {
    return decode(text, false);
  }

  /** libsmartcols {@code --raw} escapes: {@code \x20}. */
  static String hex(String text) {
    return decode(text, true);
  }

  private static String decode(String text, boolean hex) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && hex && i + 4 <= text.length() && text.charAt(i + 1) == 'x'
          && digits(text, i + 2, 2, 16)) {
        out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
        i += 4;
      } else if (c == '\\' && !hex && i + 4 <= text.length() && digits(text, i + 1, 3, 8)) {
        out.write(Integer.parseInt(text.substring(i + 1, i + 4), 8));
        i += 4;
      } else {
        int codePoint = text.codePointAt(i);
        byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        i += Character.charCount(codePoint);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean digits(String text, int from, int count, int radix) {
    for (int i = from; i < from + count; i++) {
      if (Character.digit(text.charAt(i), radix) < 0) {
        return false;
      }
    }
    return true;
  }
}
