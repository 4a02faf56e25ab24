package dev.pvetune.parse.pve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits a command's arguments like a POSIX shell does for plain words and quotes. */
final class ShellWords {
  private ShellWords() {}

  /** The words; empty if a quote is not closed. */
  static Optional<List<String>> split(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        i++;
      } else if (c == '\'') {
        int end = text.indexOf('\'', i + 1);
        if (end < 0) {
          return Optional.empty();
        }
        word.append(text, i + 1, end);
        inWord = true;
        i = end + 1;
      } else if (c == '"') {
        i++;
        while (i < text.length() && text.charAt(i) != '"') {
          if (text.charAt(i) == '\\' && i + 1 < text.length()) {
            i++;
          }
          word.append(text.charAt(i));
          i++;
        }
        if (i >= text.length()) {
          return Optional.empty();
        }
        inWord = true;
        i++;
      } else if (c == '\\' && i + 1 < text.length()) {
        word.append(text.charAt(i + 1));
        inWord = true;
        i += 2;
      } else {
        word.append(c);
        inWord = true;
        i++;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return Optional.of(List.copyOf(words));
  }
}
