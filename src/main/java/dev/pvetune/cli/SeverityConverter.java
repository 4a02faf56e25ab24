package dev.pvetune.cli;

import dev.pvetune.rules.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

final class SeverityConverter implements ITypeConverter<Severity> {
  @Override
  public Severity convert(String value) {
    try {
      return Severity.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
