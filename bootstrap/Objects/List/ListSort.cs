using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The stable merge sort behind list.sort and sorted(), on an index permutation. Like CPython's
/// list.sort (its "unsafe_*_compare" pre-check), the keys are scanned once: when all are exact
/// ints that fit 64 bits, exact floats or exact strs, or exact tuples whose first items are, the
/// comparisons run on unboxed values. Those types' '&lt;' cannot be overridden, so the order is the
/// one Python's '&lt;' gives; a tuple comparison falls back to the full one whenever the first items
/// do not decide it. Any other mix compares with Python's '&lt;'.
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

    private readonly struct StrLess(string[] values) : ILess
    {
        public bool Less(int x, int y) => StrComparison.CompareCodePoints(values[x], values[y]) < 0;
    }

    /// <summary>Tuples: the first items decide when they differ, else the whole tuples are compared.</summary>
    private readonly struct TupleLess<TFirst>(TFirst first, PyObject[] keys) : ILess where TFirst : struct, ILess
    {
        public bool Less(int x, int y)
        {
            if (first.Less(x, y)) return true;
            if (first.Less(y, x)) return false;
            return Comparison.CompareBool(keys[x], keys[y], CompareOp.Lt);
        }
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
        var firsts = keys;
        if (tuples)
        {
            firsts = new PyObject[n];
            for (var i = 0; i < n; i++) firsts[i] = ((PyTuple)keys[i]).Items[0];
        }
        switch (KindOf(firsts))
        {
            case Kind.Long:
                {
                    var values = new long[n];
                    for (var i = 0; i < n; i++) values[i] = ((PyInt)firsts[i]).Small;
                    if (tuples) MergeSort(order, tmp, 0, n, new TupleLess<LongLess>(new LongLess(values), keys));
                    else MergeSort(order, tmp, 0, n, new LongLess(values));
                    return;
                }
            case Kind.Double:
                {
                    var values = new double[n];
                    for (var i = 0; i < n; i++) values[i] = ((PyFloat)firsts[i]).Value;
                    if (tuples) MergeSort(order, tmp, 0, n, new TupleLess<DoubleLess>(new DoubleLess(values), keys));
                    else MergeSort(order, tmp, 0, n, new DoubleLess(values));
                    return;
                }
            case Kind.Str:
                {
                    var values = new string[n];
                    for (var i = 0; i < n; i++) values[i] = ((PyStr)firsts[i]).Value;
                    if (tuples) MergeSort(order, tmp, 0, n, new TupleLess<StrLess>(new StrLess(values), keys));
                    else MergeSort(order, tmp, 0, n, new StrLess(values));
                    return;
                }
            default:
                MergeSort(order, tmp, 0, n, new GeneralLess(keys));
                return;
        }
    }

    private static Kind KindOf(PyObject[] values)
    {
        var type = values[0].GetType();
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i].GetType() != type) return Kind.General;
        }
        if (type == typeof(PyStr)) return Kind.Str;
        if (type == typeof(PyFloat)) return Kind.Double;
        if (type != typeof(PyInt)) return Kind.General;
        foreach (var v in values)
        {
            if (!((PyInt)v).IsSmall) return Kind.General;
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
