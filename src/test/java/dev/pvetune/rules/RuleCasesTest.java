package dev.pvetune.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvetune.bundle.BundleReader;
import dev.pvetune.cli.Audit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every rule fixture case and checks the catalogue is covered by firing and quiet cases. */
class RuleCasesTest {
  private static final Path CASES = CaseBundle.RESOURCES.resolve("cases");

  @TempDir Path temp;

  static List<RuleCase> cases() throws IOException {
    List<RuleCase> out = new ArrayList<>();
    try (Stream<Path> rules = Files.list(CASES)) {
      for (Path ruleDir : rules.sorted().toList()) {
        try (Stream<Path> dirs = Files.list(ruleDir)) {
          for (Path d : dirs.sorted().toList()) {
            out.add(RuleCase.load(d));
          }
        }
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.rule() + "/" + c.name(), () -> check(c)));
  }

  private void check(RuleCase c) throws IOException {
    Path dir = CaseBundle.build(c, Files.createTempDirectory(temp, c.rule()));
    AuditResult result = Audit.run(new BundleReader().open(dir));
    for (RuleCase.Expectation e : c.expectations()) {
      String where = c.dir() + "/expect:" + e.line();
      List<Finding> ofRule = result.findings().stream().filter(f -> f.rule().id().equals(e.rule())).toList();
      switch (e.kind()) {
        case FIRES -> {
          assertThat(ofRule).as(where + " expects %s on %s; findings: %s; not evaluated: %s", e.rule(), e.resource(),
                  describe(result.findings()), result.notEvaluated())
              .anySatisfy(f -> {
                assertThat(f.resource()).isEqualTo(e.resource());
                if (e.severity() != null) {
                  assertThat(f.severity().label()).isEqualTo(e.severity());
                }
              });
        }
        case QUIET -> {
          List<Finding> matching = ofRule.stream().filter(f -> e.resource() == null || f.resource().equals(e.resource())).toList();
          assertThat(matching).as(where + " expects no %s finding%s", e.rule(), e.resource() == null ? "" : " on " + e.resource()).isEmpty();
          assertThat(result.notEvaluated()).as(where + " %s must have been evaluated", e.rule())
              .noneMatch(n -> n.rule().id().equals(e.rule()) && (n.resources().isEmpty() || e.resource() == null || n.resources().contains(e.resource())));
        }
        case NOT_EVALUATED -> assertThat(result.notEvaluated()).as(where + " expects %s not evaluated", e.rule())
            .anyMatch(n -> n.rule().id().equals(e.rule()) && (e.resource() == null || n.resources().contains(e.resource())));
      }
    }
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().id() + " " + f.resource()).toList();
  }

  @Test
  void everyRuleHasFiringAndQuietCases() throws IOException {
    List<RuleCase> cases = cases();
    for (Rule rule : RuleRegistry.all()) {
      String id = rule.info().id();
      assertThat(cases).as("%s needs a firing case under cases/%s", id, id)
          .anyMatch(c -> c.expectations().stream().anyMatch(e -> e.kind() == RuleCase.Kind.FIRES && e.rule().equals(id)));
      assertThat(cases).as("%s needs a quiet case under cases/%s", id, id)
          .anyMatch(c -> c.expectations().stream().anyMatch(e -> e.kind() == RuleCase.Kind.QUIET && e.rule().equals(id)));
    }
  }

  @Test
  void caseDirectoriesNameRegisteredRules() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      for (Path d : dirs.toList()) {
        assertThat(RuleRegistry.find(d.getFileName().toString())).as("cases/%s is not a registered rule", d.getFileName()).isPresent();
      }
    }
  }

  @Test
  void healthyBaseHasNoFindingAndEveryRuleRan() {
    AuditResult result = Audit.run(new BundleReader().open(CaseBundle.BASE));
    assertThat(describe(result.findings())).as("the healthy base must be quiet").isEmpty();
    assertThat(result.notEvaluated()).as("the healthy base has every input").isEmpty();
    assertThat(result.inventory().diagnostics()).as("the healthy base parses cleanly").isEmpty();
  }
}
