namespace PyPack.Runtime.Modules.Decimals;

/// <summary>The eight rounding modes of the decimal module (a context's rounding string, as a number).</summary>
internal enum DecimalRounding
{
    Down,
    HalfUp,
    HalfEven,
    Ceiling,
    Floor,
    Up,
    HalfDown,
    ZeroFiveUp,
}
