package dev.pvetune.cli;

import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleDocs;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.RuleNames;
import dev.pvetune.rules.RuleRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Show a rule's page: the problem, why it matters, how to fix it, when to ignore it, and sources.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the page was shown", "2:no rule has that id or slug"})
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "RULE", description = "A rule id (DISK-001) or slug (cache-over-arc), in any case.")
  String rule;

  @Override
  public Integer call() {
    RuleInfo info = RuleRegistry.find(rule).map(Rule::info).orElseThrow(() -> unknown(rule));
    String page = RuleDocs.page(info).orElseThrow(() -> new IllegalStateException("no page " + RuleDocs.resource(info) + " in the jar"));
    PrintWriter out = spec.commandLine().getOut();
    out.print(page.endsWith("\n") ? page : page + "\n");
    out.flush();
    return ExitCodes.OK;
  }

  private static UserError unknown(String query) {
    List<RuleInfo> rules = RuleRegistry.all().stream().map(Rule::info).toList();
    String hint = RuleNames.closest(query, rules).map(r -> "did you mean " + r.id() + " (" + r.slug() + ")? ").orElse("");
    return new UserError("unknown rule '" + query.strip() + "': " + hint + "'pvetune rules' lists them all");
  }
}
