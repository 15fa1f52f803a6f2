using System.Runtime.CompilerServices;
using PyPack.Runtime.Builtins;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// <c>isinstance(x, cls)</c> by a global name the module never binds: while the name holds the
/// builtin, its test runs here without the builtin's argument span, delegate and checks; anything
/// else the name holds (a def, a rebound builtins.isinstance) is called, and its result kept as it is.
/// </summary>
public static class TypeTests
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject CallIsInstance(PyObject callee, PyObject x, PyObject cls)
    {
        if (!ReferenceEquals(callee, BuiltinsModule.IsInstanceFunction)) return callee.Call2(x, cls);
        // Exactly cls's instance: true before any __instancecheck__, as CPython's PyObject_IsInstance.
        return ReferenceEquals(x.Type, cls) || BuiltinsModule.IsInstanceOf(x, cls) ? PyBool.True : PyBool.False;
    }
}
