package dev.pvetune.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The Markdown page of each rule, read from the classpath at /dev/pvetune/rules/&lt;ID&gt;.md. */
public final class RuleDocs {
  private static final String DIRECTORY = "/dev/pvetune/rules/";

  private RuleDocs() {}

  /** The classpath location of a rule's page. */
  public static String resource(RuleInfo rule) {
    return DIRECTORY + rule.id() + ".md";
  }

  /** The rule's page, or empty when the jar has none for it. */
  public static Optional<String> page(RuleInfo rule) {
    try (InputStream in = RuleDocs.class.getResourceAsStream(resource(rule))) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource(rule), e);
    }
  }
}
