namespace PyPack.Runtime;

/// <summary>
/// The few sequence helpers the runtime needs, in place of System.Linq. LINQ's iterators carry
/// generic virtual methods (<c>Iterator&lt;T&gt;.Select&lt;TResult&gt;</c> and the like); one use of them
/// makes NativeAOT keep its runtime type loader, about 300 KB of every executable with LINQ's own
/// code. These are plain static generic methods: nothing to resolve at run time. The runtime
/// project does not import System.Linq, so a new use of it does not compile by accident.
/// </summary>
public static class Sequences
{
    /// <summary><paramref name="map"/> of each item, in order, as a new array.</summary>
    public static TResult[] Map<T, TResult>(ReadOnlySpan<T> items, Func<T, TResult> map)
    {
        var result = new TResult[items.Length];
        for (var i = 0; i < items.Length; i++) result[i] = map(items[i]);
        return result;
    }

    /// <summary><paramref name="map"/> of each item, in order, as a new array.</summary>
    public static TResult[] Map<T, TResult>(IEnumerable<T> items, Func<T, TResult> map)
    {
        var result = new List<TResult>();
        foreach (var item in items) result.Add(map(item));
        return result.ToArray();
    }

    /// <summary>Whether <paramref name="test"/> holds for some item.</summary>
    public static bool Any<T>(ReadOnlySpan<T> items, Func<T, bool> test)
    {
        foreach (var item in items)
        {
            if (test(item)) return true;
        }
        return false;
    }

    /// <summary>
    /// A new <c>PyObject[]</c> holding <paramref name="items"/>, which may be an array of a subtype
    /// (a spread <c>[.. array]</c> compiles to LINQ's Enumerable.ToArray).
    /// </summary>
    public static Objects.PyObject[] Objects(ReadOnlySpan<Objects.PyObject> items) => items.ToArray();

    /// <summary>Each string as a Python str, for a list or tuple of names or paths.</summary>
    public static Objects.PyObject[] Strs(IEnumerable<string> items) => Map(items, static s => (Objects.PyObject)new Objects.PyStr(s));
}
