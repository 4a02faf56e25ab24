package dev.pvetune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
  @Test
  void printsAPlanForTheBuiltInExample() {
    Run run = Run.of("fix");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("#!/bin/bash\n# pvetune fix plan for node pve1\n")
        .contains("PT_NODE='pve1'", "pt_guest_is qemu 102 'scsi0' 1 'tank-vm:vm-102-disk-0,aio=native,cache=writeback,size=64G'",
            "# MANUAL: these remedies need a person.");
  }

  @Test
  void writesTheScriptToAFileWithOnlyTheChosenRules(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("plan.sh");
    Run run = Run.of("fix", "--only", "DSET-001", "--min-severity", "high", "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("2 automated step(s), 0 manual item(s)");
    assertThat(Files.readString(out)).contains("'sync=standard'").doesNotContain("qm' 'set'");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rwx------");
  }

  @Test
  void rejectsAMalformedRuleId() {
    Run run = Run.of("fix", "--only", "cache");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'cache' is not a rule id");
  }
}
