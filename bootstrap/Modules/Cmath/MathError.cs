namespace PyPack.Runtime.Modules.Cmath;

/// <summary>What a cmath function reports besides its value, as C's errno does for CPython:
/// a domain error becomes ValueError, a range error OverflowError.</summary>
public enum MathError
{
    None,
    Domain,
    Range,
}
