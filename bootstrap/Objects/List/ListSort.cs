using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The stable merge sort behind list.sort and sorted(), on an index permutation. Like CPython's
/// list.sort (its "unsafe_*_compare" pre-check), the keys are scanned once: when all are exact
/// ints that fit 64 bits, exact floats or exact strs, or exact tuples whose first items are, the
/// comparisons run on unboxed values. Those types' '&lt;' cannot be overridden, so the order is the
/// one Python's '&lt;' gives; tuples go on item by item, natively while the items allow it, and
/// with Python's full comparison from the first pair that does not. Any other mix compares with
/// Python's '&lt;'.
/// </summary>
internal static class ListSort
{
    private interface ILess
    {
        bool Less(int x, int y);
    }

    private readonly struct GeneralLess(PyObject[] keys) : ILess
    {
        public bool Less(int x, int y) => Comparison.CompareBool(keys[x], keys[y], CompareOp.Lt);
    }

    private readonly struct LongLess(long[] values) : ILess
    {
        public bool Less(int x, int y) => values[x] < values[y];
    }

    private readonly struct DoubleLess(double[] values) : ILess
    {
        public bool Less(int x, int y) => values[x] < values[y];
    }

    /// <summary>
    /// Strs: four code units past the prefix all keys share, packed in code point order, decide
    /// most comparisons without touching the strings (each a cache miss in a big sort).
    /// </summary>
    private readonly struct StrLess(string[] values, ulong[] packed) : ILess
    {
        public bool Less(int x, int y)
        {
            ulong p = packed[x], q = packed[y];
            if (p != q) return p < q;
            return StrIsLess(values[x], values[y]);
        }
    }

    // Equal packed units leave the order open (a missing unit packs as 0, like U+0000): the strings decide.
    private static ulong[] PackStrs(string[] values)
    {
        var n = values.Length;
        var shared = values[0].Length;
        for (var i = 1; i < n && shared > 0; i++) shared = Math.Min(shared, values[0].AsSpan(0, shared).CommonPrefixLength(values[i]));
        var packed = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            var s = values[i];
            ulong p = 0;
            for (var k = shared; k < shared + 4; k++) p = (p << 16) | (k < s.Length ? CodePointOrder(s[k]) : 0u);
            packed[i] = p;
        }
        return packed;
    }

    // Code units mapped so that their order is the code point order: surrogates above U+E000..U+FFFF.
    private static uint CodePointOrder(char c) => c < 0xD800 ? c : c >= 0xE000 ? c - 0x800u : c + 0x2000u;

    /// <summary>
    /// Tuples: the first items decide when they differ, else the tuples are compared item by item,
    /// natively while the items are exact ints, floats or strs, with Python's full comparison otherwise.
    /// </summary>
    private readonly struct TupleLess<TFirst>(TFirst first, PyObject[] keys) : ILess where TFirst : struct, ILess
    {
        public bool Less(int x, int y)
        {
            if (first.Less(x, y)) return true;
            if (first.Less(y, x)) return false;
            return TupleIsLess((PyTuple)keys[x], (PyTuple)keys[y]);
        }
    }

    /// <summary>Tuples whose first items are of mixed types: item by item, natively where it can.</summary>
    private readonly struct TuplesLess(PyObject[] keys) : ILess
    {
        public bool Less(int x, int y) => TupleIsLess((PyTuple)keys[x], (PyTuple)keys[y]);
    }

    // Code point order: UTF-16 order except where a surrogate meets a unit at or above 0xE000.
    // The common prefix is skipped with the vectorised span search; names often share long prefixes.
    private static bool StrIsLess(string a, string b)
    {
        var i = a.AsSpan().CommonPrefixLength(b);
        if (i == a.Length || i == b.Length) return a.Length < b.Length;
        char x = a[i], y = b[i];
        if (char.IsSurrogate(x) != char.IsSurrogate(y) && (x >= 0xE000 || y >= 0xE000)) return char.IsSurrogate(y);
        return x < y;
    }

    /// <summary>
    /// Python's tuple '&lt;': the first pair of items that are not equal decides. Pairs of exact ints
    /// (64-bit), floats or strs compare natively (their '==' and '&lt;' cannot be overridden and have
    /// no side effects, so redoing them in the fallback is invisible); the first other pair hands the
    /// whole comparison to Python's. Identical items are equal, as in CPython's item comparison.
    /// </summary>
    private static bool TupleIsLess(PyTuple a, PyTuple b)
    {
        var xs = a.Items;
        var ys = b.Items;
        var n = Math.Min(xs.Length, ys.Length);
        for (var i = 0; i < n; i++)
        {
            PyObject p = xs[i], q = ys[i];
            if (ReferenceEquals(p, q)) continue;
            var type = p.GetType();
            if (type != q.GetType()) return Comparison.CompareBool(a, b, CompareOp.Lt);
            if (type == typeof(PyInt))
            {
                PyInt u = (PyInt)p, v = (PyInt)q;
                if (!u.IsSmall || !v.IsSmall) return Comparison.CompareBool(a, b, CompareOp.Lt);
                if (u.Small != v.Small) return u.Small < v.Small;
            }
            else if (type == typeof(PyStr))
            {
                string s = ((PyStr)p).Value, t = ((PyStr)q).Value;
                if (!string.Equals(s, t, StringComparison.Ordinal)) return StrIsLess(s, t);
            }
            else if (type == typeof(PyFloat))
            {
                double u = ((PyFloat)p).Value, v = ((PyFloat)q).Value;
                if (double.IsNaN(u) || double.IsNaN(v)) return Comparison.CompareBool(a, b, CompareOp.Lt);
                if (u != v) return u < v;
            }
            else
            {
                return Comparison.CompareBool(a, b, CompareOp.Lt);
            }
        }
        return xs.Length < ys.Length;
    }

    private enum Kind { General, Long, Double, Str }

    /// <summary>Sorts <paramref name="order"/> (indexes into <paramref name="keys"/>) stably by key.</summary>
    public static void Sort(int[] order, PyObject[] keys)
    {
        var n = keys.Length;
        if (n < 2) return;
        var tmp = new int[n];
        var tuples = true;
        for (var i = 0; i < n && tuples; i++) tuples = keys[i].GetType() == typeof(PyTuple) && ((PyTuple)keys[i]).Count > 0;
        switch (KindOf(keys, tuples))
        {
            case Kind.Long:
                {
                    var values = new long[n];
                    for (var i = 0; i < n; i++) values[i] = ((PyInt)First(keys[i], tuples)).Small;
                    if (tuples) MergeSort(order, tmp, 0, n, new TupleLess<LongLess>(new LongLess(values), keys));
                    else MergeSort(order, tmp, 0, n, new LongLess(values));
                    return;
                }
            case Kind.Double:
                {
                    var values = new double[n];
                    for (var i = 0; i < n; i++) values[i] = ((PyFloat)First(keys[i], tuples)).Value;
                    if (tuples) MergeSort(order, tmp, 0, n, new TupleLess<DoubleLess>(new DoubleLess(values), keys));
                    else MergeSort(order, tmp, 0, n, new DoubleLess(values));
                    return;
                }
            case Kind.Str:
                {
                    var values = new string[n];
                    for (var i = 0; i < n; i++) values[i] = ((PyStr)First(keys[i], tuples)).Value;
                    var packed = PackStrs(values);
                    if (tuples) MergeSort(order, tmp, 0, n, new TupleLess<StrLess>(new StrLess(values, packed), keys));
                    else MergeSort(order, tmp, 0, n, new StrLess(values, packed));
                    return;
                }
            default:
                if (tuples) MergeSort(order, tmp, 0, n, new TuplesLess(keys));
                else MergeSort(order, tmp, 0, n, new GeneralLess(keys));
                return;
        }
    }

    // The key itself, or a tuple key's first item: what the unboxed comparison runs on.
    private static PyObject First(PyObject key, bool tuples) => tuples ? ((PyTuple)key).Items[0] : key;

    private static Kind KindOf(PyObject[] keys, bool tuples)
    {
        var type = First(keys[0], tuples).GetType();
        for (var i = 1; i < keys.Length; i++)
        {
            if (First(keys[i], tuples).GetType() != type) return Kind.General;
        }
        if (type == typeof(PyStr)) return Kind.Str;
        if (type == typeof(PyFloat)) return Kind.Double;
        if (type != typeof(PyInt)) return Kind.General;
        foreach (var k in keys)
        {
            if (!((PyInt)First(k, tuples)).IsSmall) return Kind.General;
        }
        return Kind.Long;
    }

    private static void MergeSort<TLess>(int[] a, int[] tmp, int lo, int hi, TLess less) where TLess : struct, ILess
    {
        if (hi - lo < 2) return;
        if (hi - lo <= 8)
        {
            for (var i = lo + 1; i < hi; i++)
            {
                var x = a[i];
                var j = i - 1;
                while (j >= lo && less.Less(x, a[j]))
                {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        var mid = (lo + hi) / 2;
        MergeSort(a, tmp, lo, mid, less);
        MergeSort(a, tmp, mid, hi, less);
        if (!less.Less(a[mid], a[mid - 1])) return;
        int l = lo, r = mid, k = lo;
        while (l < mid && r < hi)
        {
            tmp[k++] = less.Less(a[r], a[l]) ? a[r++] : a[l++];
        }
        while (l < mid) tmp[k++] = a[l++];
        while (r < hi) tmp[k++] = a[r++];
        Array.Copy(tmp, lo, a, lo, hi - lo);
    }
}
