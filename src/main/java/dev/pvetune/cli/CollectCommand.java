package dev.pvetune.cli;

import dev.pvetune.bundle.CollectException;
import dev.pvetune.bundle.LocalCollector;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pvetune collect}: runs the collector on this node and writes the bundle. */
@Command(
    name = "collect",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Collect this node's storage setup into a bundle (tar.gz) for 'pvetune audit --bundle'.",
      "Run it as root on a Proxmox VE node. It only reads: cluster and guest configuration,"
          + " ZFS pools and datasets, memory and ARC; never secrets."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the bundle was written", "2:usage error, or collecting failed"})
public final class CollectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the bundle to FILE instead of standard output.")
  Path output;

  private final LocalCollector collector;

  public CollectCommand() {
    this(new LocalCollector());
  }

  CollectCommand(LocalCollector collector) {
    this.collector = collector;
  }

  @Override
  public Integer call() {
    PrintStream messages = System.err;
    try {
      if (output != null) {
        collector.collectTo(output, messages);
      } else if (System.console() != null) {
        throw new CollectException(
            "refusing to write a tar.gz to a terminal: use -o FILE or redirect standard output");
      } else {
        collector.collect(System.out, messages);
      }
      return 0;
    } catch (CollectException e) {
      spec.commandLine().getErr().println("pvetune collect: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return 2;
    }
  }
}
