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
            ? PyStr.OfInt(x._bits)
            : callee.Call1(x.Box());

    /// <summary>
    /// <c>str(x)</c> as an item of <c>template % (...)</c> (see PercentFormat.OfUnboxed): the int
    /// itself, whose digits the formatter writes where the str would go, while <c>str</c> is the
    /// builtin; else the call's result, held as the object it is.
    /// </summary>
    public static Unboxed ItemStr(PyObject callee, Unboxed x) =>
        x.IsInt && ReferenceEquals(callee, PyStr.TypeObject) ? x : Hold(callee.Call1(x.Box()));

    /// <summary><c>hex(x)</c> as a % item, like <see cref="ItemStr"/>.</summary>
    public static Unboxed ItemHex(PyObject callee, Unboxed x) =>
        x.IsInt && ReferenceEquals(callee, Builtins.BuiltinsModule.HexFunction) ? x : Hold(callee.Call1(x.Box()));

    /// <summary>The text <c>str(x)</c> (<paramref name="call"/> 's') or <c>hex(x)</c> ('x') gives for an unboxed int.</summary>
    internal static string IntText(long value, char call) =>
        call == 'x' ? IntFormat.WithPrefix(value, 16, "0x") : value.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>hex(x)</c> of an unboxed number, like <see cref="CallStr"/>: no box while <c>hex</c> is the builtin.</summary>
    public static PyObject CallHex(PyObject callee, Unboxed x) =>
        x.IsInt && ReferenceEquals(callee, Builtins.BuiltinsModule.HexFunction)
            ? IntFormat.StrWithPrefix(x._bits, 16, "0x")
            : callee.Call1(x.Box());
}
