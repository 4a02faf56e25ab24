package dev.pvetune.model.build;

import dev.pvetune.bundle.Bundle;
import dev.pvetune.bundle.BundleText;
import dev.pvetune.bundle.CommandOutput;
import dev.pvetune.model.Availability;
import dev.pvetune.model.Input;
import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads bundle entries for the builder, collects parser diagnostics, and records which inputs
 * are missing and why. An entry that cannot be parsed at all counts as missing, with the parse
 * error as the reason. Safe to use from the builder's parallel tasks.
 */
final class Inputs {
  private final Bundle bundle;
  private final List<Diagnostic> diagnostics = java.util.Collections.synchronizedList(new ArrayList<>());
  private Availability availability = Availability.all();

  Inputs(Bundle bundle) {
    this.bundle = bundle;
  }

  Bundle bundle() {
    return bundle;
  }

  /** A command's output when it ran and succeeded; otherwise marks the input missing. */
  Optional<CommandOutput> command(String id, Input input) {
    Optional<CommandOutput> out = bundle.command(id);
    if (out.isEmpty()) {
      missing(input, "cmd/" + id + " is not in the bundle");
      return Optional.empty();
    }
    if (!out.get().record().succeeded()) {
      missing(input, out.get().failure());
      return Optional.empty();
    }
    return out;
  }

  /** A collected file; when absent, marks the input missing (if an input is given). */
  Optional<BundleText> file(String absolutePath, Input input) {
    Optional<BundleText> text = bundle.file(absolutePath);
    if (text.isEmpty() && input != null) {
      missing(input, bundle.wasMissing(absolutePath) ? absolutePath + " does not exist on the node" : absolutePath + " is not in the bundle");
    }
    return text;
  }

  /** Parses an entry; a ParseException marks the input missing and becomes a diagnostic. */
  <T> Optional<T> parse(String text, String path, Input input, BiFunction<String, String, Parsed<T>> parser) {
    try {
      Parsed<T> parsed = parser.apply(text, path);
      diagnostics.addAll(parsed.diagnostics());
      return Optional.of(parsed.value());
    } catch (ParseException e) {
      diagnostics.add(new Diagnostic(e.file(), e.line(), e.getMessage()));
      if (input != null) {
        missing(input, e.describe());
      }
      return Optional.empty();
    }
  }

  /** Keeps a parser's diagnostics and returns its value. */
  <T> T accept(Parsed<T> parsed) {
    diagnostics.addAll(parsed.diagnostics());
    return parsed.value();
  }

  synchronized void missing(Input input, String reason) {
    availability = availability.without(input, reason);
  }

  synchronized boolean has(Input input) {
    return availability.has(input);
  }

  synchronized Availability availability() {
    return availability;
  }

  /** Every diagnostic, by file and line (parsers run in parallel, so arrival order varies). */
  List<Diagnostic> diagnostics() {
    synchronized (diagnostics) {
      return diagnostics.stream()
          .sorted(java.util.Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line))
          .toList();
    }
  }
}
