using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Decimals;

/// <summary>
/// A decimal Context's settings as read at the start of one operation (see <see cref="DecimalShapes.TryContext"/>);
/// Instance is the context whose flags a result records.
/// </summary>
internal readonly record struct DecimalContextView(
    PyInstance Instance, long Prec, DecimalRounding Rounding, long Emin, long Emax, bool Clamp, long Flags, long Traps)
{
    /// <summary>The largest exponent a full-precision coefficient may have (Emax - prec + 1).</summary>
    public long Top => Emax - Prec + 1;

    /// <summary>The smallest exponent of a subnormal (Emin - prec + 1).</summary>
    public long Etiny => Emin - Prec + 1;
}
