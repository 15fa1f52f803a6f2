using System.Globalization;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

public readonly partial struct Unboxed
{
    /// <summary>
    /// <c>str(x)</c> of a number the compiler kept unboxed, where the global <c>str</c> is
    /// <paramref name="callee"/>: an int's digits without boxing it first while that is still the
    /// builtin str; anything else (a rebound str, a float, a big or boxed value) is the ordinary call.
    /// </summary>
    public static PyObject CallStr(PyObject callee, Unboxed x) =>
        x.IsInt && ReferenceEquals(callee, PyStr.TypeObject)
            ? PyStr.Unpaired(x._bits.ToString(CultureInfo.InvariantCulture))
            : callee.Call1(x.Box());

    /// <summary><c>hex(x)</c> of an unboxed number, like <see cref="CallStr"/>: no box while <c>hex</c> is the builtin.</summary>
    public static PyObject CallHex(PyObject callee, Unboxed x) =>
        x.IsInt && ReferenceEquals(callee, Builtins.BuiltinsModule.HexFunction)
            ? PyStr.Unpaired(IntFormat.WithPrefix(x._bits, 16, "0x"))
            : callee.Call1(x.Box());
}
