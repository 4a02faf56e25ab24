package dev.pvetune.rules.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PowerLossProtectionTest {

  @Test
  void everyEntryNamesAProductAndAnHttpsSource() {
    assertThat(PowerLossProtection.entries()).isNotEmpty()
        .allSatisfy(e -> {
          assertThat(e.product()).isNotBlank();
          assertThat(e.source()).startsWith("https://");
        });
  }

  @Test
  void matchesLsblkModelsAndByIdSpellings() {
    assertThat(PowerLossProtection.lookup("Samsung SSD 970 EVO Plus 500GB")).hasValueSatisfying(e -> assertThat(e.protectedOnPowerLoss()).isFalse());
    assertThat(PowerLossProtection.lookup("Samsung_SSD_970_EVO_Plus_1TB")).hasValueSatisfying(e -> assertThat(e.protectedOnPowerLoss()).isFalse());
    assertThat(PowerLossProtection.lookup("CT1000MX500SSD1")).hasValueSatisfying(e -> assertThat(e.protectedOnPowerLoss()).isFalse());
    assertThat(PowerLossProtection.lookup("Micron_7450_MTFDKBG1T9TFR")).hasValueSatisfying(e -> assertThat(e.protectedOnPowerLoss()).isTrue());
    assertThat(PowerLossProtection.lookup("INTEL SSDPEDMD400G4")).hasValueSatisfying(e -> assertThat(e.protectedOnPowerLoss()).isTrue());
  }

  @Test
  void unknownModelsAreNotGuessed() {
    assertThat(PowerLossProtection.lookup("Samsung SSD 870 QVO 4TB")).isEmpty();
    assertThat(PowerLossProtection.lookup("ST4000VN008-2DR166")).isEmpty();
  }

  @Test
  void malformedLineNamesFileAndLine() {
    assertThatThrownBy(() -> PowerLossProtection.parse("# header\nSamsung.*\tmaybe\tX\thttps://x\n", "list.tsv"))
        .hasMessageStartingWith("list.tsv:2:");
  }
}
