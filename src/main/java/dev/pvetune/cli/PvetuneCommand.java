package dev.pvetune.cli;

import dev.pvetune.bundle.BundleException;
import dev.pvetune.cli.plan.PlanCommand;
import dev.pvetune.parse.ParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "pvetune",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Storage advisor for Proxmox VE hosts whose guests live on ZFS.",
    subcommands = {AuditCommand.class, FixCommand.class, PlanCommand.class, RulesCommand.class, ExplainCommand.class, CollectCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error or unreadable input"
    })
public final class PvetuneCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
  boolean debug;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'pvetune audit' or 'pvetune --help'");
  }

  final InventoryPrefetch prefetch;

  PvetuneCommand(InventoryPrefetch prefetch) {
    this.prefetch = prefetch;
  }

  static CommandLine commandLine() {
    return commandLine(InventoryPrefetch.NONE);
  }

  static CommandLine commandLine(InventoryPrefetch prefetch) {
    PvetuneCommand root = new PvetuneCommand(prefetch);
    CommandLine cl = new CommandLine(root);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (root.debug) {
        e.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().println("pvetune: " + oneLine(e));
      return ExitCodes.USAGE_OR_INPUT;
    });
    return cl;
  }

  private static String oneLine(Exception e) {
    if (e instanceof BundleException || e instanceof UserError || e instanceof dev.pvetune.bundle.CollectException) {
      return e.getMessage();
    }
    if (e instanceof ParseException p) {
      return p.describe();
    }
    if (e instanceof java.io.IOException) {
      return e.getMessage();
    }
    return "internal error: " + e + " (run with --debug for details, and please report it)";
  }
}
