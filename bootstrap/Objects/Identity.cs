using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>id(x)</c>: a number unique among live objects and stable for an object's lifetime.
/// .NET moves objects, so addresses cannot serve; numbers are handed out on first request.
/// </summary>
public static class Identity
{
    private static readonly ConditionalWeakTable<object, object> s_ids = new();
    private static long s_next = 0x7f0000001000;

    public static ulong Of(PyObject obj)
    {
        var boxed = s_ids.GetValue(obj, static _ => Interlocked.Add(ref s_next, 16));
        return (ulong)(long)boxed;
    }
}
