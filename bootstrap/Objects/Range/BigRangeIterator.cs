using System.Numerics;

namespace PyPack.Runtime.Objects;

/// <summary><c>iter(range)</c> for a range whose bounds or length go beyond 64 bits.</summary>
public sealed class BigRangeIterator(BigInteger start, BigInteger step, BigInteger count) : PyIterator
{
    public static readonly PyType TypeObject = new("longrange_iterator", null);
    private BigInteger _next = start;
    private BigInteger _left = count;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_left.Sign <= 0) return null;
        _left--;
        var v = _next;
        _next += step;
        return PyInt.From(v);
    }
}
