package dev.pvetune.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "pvetune",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Storage advisor for Proxmox VE hosts whose guests live on ZFS.",
    subcommands = {CommandLine.HelpCommand.class, dev.pvetune.cli.plan.PlanCommand.class})
public final class PvetuneCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'pvetune audit'");
  }

  static CommandLine commandLine() {
    return new CommandLine(new PvetuneCommand());
  }
}
