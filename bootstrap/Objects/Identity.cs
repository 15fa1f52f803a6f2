using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>id(x)</c>: a number unique among live objects and stable for an object's lifetime.
/// .NET moves objects, so addresses cannot serve; numbers are handed out on first request, in
/// order, as <c>Base + 16 * serial</c>. Lists, dicts, sets, functions and types, often keyed by
/// identity (deepcopy's memo), and instances of classes (sets of visited objects) keep their serial
/// in a field that fits in their padding (<see cref="FromField"/>); the rest find theirs in a weak
/// table: small boxes such as int, float and str.
/// </summary>
public static class Identity
{
    private const ulong Base = 0x7f0000001000;
    private static readonly ConditionalWeakTable<object, object> s_ids = new();
    private static long s_lastSerial;

    public static ulong Of(PyObject obj) => obj.IdentityNumber();

    /// <summary>The number of an object without a field for it: kept in the weak table.</summary>
    internal static ulong FromTable(PyObject obj)
    {
        var boxed = s_ids.GetValue(obj, static _ => (long)(Base + 16UL * (ulong)Interlocked.Increment(ref s_lastSerial)));
        return (ulong)(long)boxed;
    }

    /// <summary>The number of an object that keeps its serial in <paramref name="serial"/> (0 until asked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong FromField(ref uint serial, PyObject obj)
    {
        var s = Volatile.Read(ref serial);
        return s != 0 ? Base + 16UL * s : Assign(ref serial, obj);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong Assign(ref uint serial, PyObject obj)
    {
        var next = Interlocked.Increment(ref s_lastSerial);
        // Past 2^32 numbers a field cannot hold the serial: the table keeps it instead (the field
        // stays 0, so each request asks the table, which answers the same number every time).
        if (next > uint.MaxValue) return FromTable(obj);
        var prior = Interlocked.CompareExchange(ref serial, (uint)next, 0);
        return Base + 16UL * (prior != 0 ? prior : (uint)next);
    }
}
