using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>Truth testing (<c>if x</c>, <c>not x</c>, <c>and</c>/<c>or</c>).</summary>
public static class Truth
{
    // Inlined: a bool (what comparisons and flag lists hold) is two compares where it is tested;
    // the rest is one call.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyObject o)
    {
        if (ReferenceEquals(o, PyBool.True)) return true;
        if (ReferenceEquals(o, PyBool.False)) return false;
        return IsTrueOther(o);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool IsTrueOther(PyObject o) => !ReferenceEquals(o, PyNone.Instance) && o.IsTrue();

    public static PyBool Not(PyObject o) => PyBool.From(!IsTrue(o));
}
