namespace PyPack.Runtime.Modules.Cmath;

/// <summary>An unboxed complex number, the argument and result of cmath's algorithms.</summary>
public readonly record struct ComplexValue(double Re, double Im);
