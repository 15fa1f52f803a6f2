namespace PyPack.Runtime.Objects;

/// <summary>
/// An exact int beyond 64 bits: <see cref="PyInt"/>'s sign and limb count plus the limbs. Its
/// Python type is int, as a small value's is; code that asks for an exact int of any size asks
/// <see cref="PyInt.IsExact"/>, and `GetType() == typeof(PyInt)` means an exact small int.
/// </summary>
internal sealed class PyBigInt : PyInt
{
    /// <summary>The magnitude, least significant first (see <see cref="PyInt.Magnitude"/> for its length). Set before the object is handed out.</summary>
    internal ulong[] Limbs;

    internal PyBigInt(ulong[] limbs, int length, bool negative) : base(length, negative)
    {
        Limbs = limbs;
    }
}
