namespace PyPack.Runtime.Modules.Decimals;

/// <summary>A finite Decimal's value: (-1)**Negative * Coefficient * 10**Exponent.</summary>
internal readonly record struct FiniteDecimal(bool Negative, ulong Coefficient, long Exponent);
