using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>Truth testing (<c>if x</c>, <c>not x</c>, <c>and</c>/<c>or</c>).</summary>
public static class Truth
{
    public static bool IsTrue(PyObject o)
    {
        if (ReferenceEquals(o, PyBool.True)) return true;
        if (ReferenceEquals(o, PyBool.False) || ReferenceEquals(o, PyNone.Instance)) return false;
        return o.IsTrue();
    }

    public static PyBool Not(PyObject o) => PyBool.From(!IsTrue(o));
}
