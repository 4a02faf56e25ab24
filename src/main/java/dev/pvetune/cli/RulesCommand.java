package dev.pvetune.cli;

import dev.pvetune.report.RuleListRenderer;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "List every rule pvetune checks: id, slug, default severity and title, grouped by area.")
public final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    List<RuleInfo> rules = RuleRegistry.all().stream().map(Rule::info).toList();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case text -> RuleListRenderer.text(rules, out);
      case json -> RuleListRenderer.json(rules, out);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
