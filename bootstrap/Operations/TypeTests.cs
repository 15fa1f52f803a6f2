using System.Runtime.CompilerServices;
using PyPack.Runtime.Builtins;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// <c>isinstance(x, cls)</c> and <c>type(x)</c> by their global names: while the name holds the
/// builtin, the test or lookup runs here without the general call (for isinstance its argument
/// span, delegate and checks); anything else the name holds (a def, a rebound builtins.isinstance)
/// is called, and its result kept as it is.
/// </summary>
public static class TypeTests
{
    /// <summary><c>type(x)</c>, as <c>type(x) is list</c> tests it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject CallType(PyObject callee, PyObject x) => ReferenceEquals(callee, PyType.TypeType) ? x.Type : callee.Call1(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject CallIsInstance(PyObject callee, PyObject x, PyObject cls)
    {
        if (!ReferenceEquals(callee, BuiltinsModule.IsInstanceFunction)) return callee.Call2(x, cls);
        // Exactly cls's instance: true before any __instancecheck__, as CPython's PyObject_IsInstance.
        return ReferenceEquals(x.Type, cls) || BuiltinsModule.IsInstanceOf(x, cls) ? PyBool.True : PyBool.False;
    }
}
