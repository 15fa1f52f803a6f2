using System.Runtime.CompilerServices;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The stable sort behind list.sort and sorted(). Like CPython's list.sort (its "unsafe_*_compare"
/// pre-check), the keys are scanned once: when all are exact ints that fit 64 bits, exact floats
/// (no NaN) or exact strs, or exact tuples whose first items are, each key gets a 64-bit prefix
/// whose unsigned order is Python's '&lt;' order (the int or float itself; a str's four code units
/// past the prefix all keys share). Those types' '&lt;' cannot be overridden and has no side
/// effects, so a stable radix sort on the prefixes gives Python's order; only runs of equal
/// prefixes that do not settle the order (strs, tuples) are then merge-sorted by the keys, tuples
/// item by item, natively while the items allow it, with Python's full comparison from the first
/// pair that does not. Any other mix is merge-sorted with Python's '&lt;' alone.
/// </summary>
internal static class ListSort
{
    /// <summary>One item being sorted: its prefix and its index in the original list. No references, so moving one costs no GC barrier.</summary>
    private struct Entry
    {
        public ulong Prefix;
        public int Index;
    }

    private interface ILess
    {
        bool Less(in Entry x, in Entry y);
    }

    private readonly struct GeneralLess(PyObject[] keys) : ILess
    {
        public bool Less(in Entry x, in Entry y) => Comparison.CompareBool(keys[x.Index], keys[y.Index], CompareOp.Lt);
    }

    private readonly struct PrefixLess : ILess
    {
        public bool Less(in Entry x, in Entry y) => x.Prefix < y.Prefix;
    }

    private readonly struct StrLess(PyObject[] keys) : ILess
    {
        public bool Less(in Entry x, in Entry y) =>
            x.Prefix != y.Prefix ? x.Prefix < y.Prefix : StrIsLess(((PyStr)keys[x.Index]).Value, ((PyStr)keys[y.Index]).Value);
    }

    /// <summary>Tuples whose first items the prefix orders; <c>strFirst</c>: equal prefixes do not mean equal first items.</summary>
    private readonly struct TupleLess(PyObject[] keys, bool strFirst) : ILess
    {
        public bool Less(in Entry x, in Entry y)
        {
            if (x.Prefix != y.Prefix) return x.Prefix < y.Prefix;
            PyTuple a = (PyTuple)keys[x.Index], b = (PyTuple)keys[y.Index];
            if (strFirst)
            {
                string s = ((PyStr)a.Items[0]).Value, t = ((PyStr)b.Items[0]).Value;
                if (!string.Equals(s, t, StringComparison.Ordinal)) return StrIsLess(s, t);
            }
            return TupleIsLess(a, b, 1);
        }
    }

    /// <summary>Tuples whose first items are of mixed types: item by item, natively where it can.</summary>
    private readonly struct TuplesLess(PyObject[] keys) : ILess
    {
        public bool Less(in Entry x, in Entry y) => TupleIsLess((PyTuple)keys[x.Index], (PyTuple)keys[y.Index], 0);
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

    // Code units mapped so that their order is the code point order: surrogates above U+E000..U+FFFF.
    private static uint CodePointOrder(char c) => c < 0xD800 ? c : c >= 0xE000 ? c - 0x800u : c + 0x2000u;

    /// <summary>
    /// Python's tuple '&lt;' from item <paramref name="start"/> on (the items before are equal): the
    /// first pair of items that are not equal decides. Pairs of exact ints (64-bit), floats or strs
    /// compare natively (their '==' and '&lt;' cannot be overridden and have no side effects, so
    /// redoing them in the fallback is invisible); the first other pair hands the whole comparison
    /// to Python's. Identical items are equal, as in CPython's item comparison.
    /// </summary>
    private static bool TupleIsLess(PyTuple a, PyTuple b, int start)
    {
        var xs = a.Items;
        var ys = b.Items;
        var n = Math.Min(xs.Length, ys.Length);
        for (var i = start; i < n; i++)
        {
            PyObject p = xs[i], q = ys[i];
            if (ReferenceEquals(p, q)) continue;
            if (p.GetType() != q.GetType()) return Comparison.CompareBool(a, b, CompareOp.Lt);
            if (p.GetType() == typeof(PyInt))
            {
                PyInt u = Unsafe.As<PyInt>(p), v = Unsafe.As<PyInt>(q);
                if (!u.IsSmall || !v.IsSmall) return Comparison.CompareBool(a, b, CompareOp.Lt);
                if (u.Small != v.Small) return u.Small < v.Small;
            }
            else if (p.GetType() == typeof(PyStr))
            {
                string s = Unsafe.As<PyStr>(p).Value, t = Unsafe.As<PyStr>(q).Value;
                if (!string.Equals(s, t, StringComparison.Ordinal)) return StrIsLess(s, t);
            }
            else if (p.GetType() == typeof(PyFloat))
            {
                double u = Unsafe.As<PyFloat>(p).Value, v = Unsafe.As<PyFloat>(q).Value;
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

    /// <summary>
    /// The first <paramref name="n"/> items sorted stably by their keys into a new array (into
    /// <paramref name="keys"/> itself when it is not <paramref name="items"/>: the keys are done with
    /// by then). reverse keeps stability as CPython's does: the reversed sequence is sorted, then reversed back.
    /// </summary>
    public static PyObject[] Sort(PyObject[] items, PyObject[] keys, int n, bool reverse)
    {
        var output = ReferenceEquals(items, keys) ? new PyObject[n] : keys;
        if (n < 2)
        {
            if (n == 1) output[0] = items[0];
            return output;
        }
        var entries = Buffers.Take(n, out var tmp);
        try
        {
            for (var i = 0; i < n; i++) entries[i].Index = reverse ? n - 1 - i : i;
            var tuples = true;
            for (var i = 0; i < n && tuples; i++) tuples = keys[i].GetType() == typeof(PyTuple) && ((PyTuple)keys[i]).Count > 0;
            var kind = KindOf(keys, n, tuples);
            if (kind == Kind.General)
            {
                if (tuples) MergeSort(entries, tmp, 0, n, new TuplesLess(keys));
                else MergeSort(entries, tmp, 0, n, new GeneralLess(keys));
            }
            else
            {
                SetPrefixes(entries, keys, n, tuples, kind);
                RadixSort(entries, tmp, n);
                // Equal prefixes settle the order only for plain ints and floats.
                if (tuples) SortTies(entries, tmp, n, new TupleLess(keys, kind == Kind.Str));
                else if (kind == Kind.Str) SortTies(entries, tmp, n, new StrLess(keys));
            }
            for (var i = 0; i < n; i++) output[reverse ? n - 1 - i : i] = items[entries[i].Index];
            return output;
        }
        finally
        {
            Buffers.Return(entries, tmp);
        }
    }

    // The key itself, or a tuple key's first item: what the prefix is made of.
    private static PyObject First(PyObject key, bool tuples) => tuples ? ((PyTuple)key).Items[0] : key;

    private static Kind KindOf(PyObject[] keys, int n, bool tuples)
    {
        var first = First(keys[0], tuples);
        for (var i = 1; i < n; i++)
        {
            if (First(keys[i], tuples).GetType() != first.GetType()) return Kind.General;
        }
        if (first.GetType() == typeof(PyStr)) return Kind.Str;
        if (first.GetType() == typeof(PyFloat))
        {
            // NaN is unordered: no prefix can stand for it.
            for (var i = 0; i < n; i++)
            {
                if (double.IsNaN(((PyFloat)First(keys[i], tuples)).Value)) return Kind.General;
            }
            return Kind.Double;
        }
        if (first.GetType() != typeof(PyInt)) return Kind.General;
        for (var i = 0; i < n; i++)
        {
            if (!((PyInt)First(keys[i], tuples)).IsSmall) return Kind.General;
        }
        return Kind.Long;
    }

    private static void SetPrefixes(Entry[] entries, PyObject[] keys, int n, bool tuples, Kind kind)
    {
        switch (kind)
        {
            case Kind.Long:
                for (var i = 0; i < n; i++)
                {
                    ref var e = ref entries[i];
                    e.Prefix = (ulong)(((PyInt)First(keys[e.Index], tuples)).Small ^ long.MinValue);
                }
                break;
            case Kind.Double:
                for (var i = 0; i < n; i++)
                {
                    ref var e = ref entries[i];
                    var v = ((PyFloat)First(keys[e.Index], tuples)).Value;
                    // -0.0 == 0.0: one prefix, so the sort keeps their order.
                    var bits = BitConverter.DoubleToInt64Bits(v == 0 ? 0.0 : v);
                    e.Prefix = bits < 0 ? ~(ulong)bits : (ulong)bits | 0x8000_0000_0000_0000UL;
                }
                break;
            default:
                {
                    var s0 = ((PyStr)First(keys[0], tuples)).Value;
                    var shared = s0.Length;
                    for (var i = 1; i < n && shared > 0; i++)
                    {
                        shared = Math.Min(shared, s0.AsSpan(0, shared).CommonPrefixLength(((PyStr)First(keys[i], tuples)).Value));
                    }
                    // Equal units leave the order open (a missing unit packs as 0, like U+0000): the strs decide.
                    for (var i = 0; i < n; i++)
                    {
                        ref var e = ref entries[i];
                        var s = ((PyStr)First(keys[e.Index], tuples)).Value;
                        ulong p = 0;
                        for (var k = shared; k < shared + 4; k++) p = (p << 16) | (k < s.Length ? CodePointOrder(s[k]) : 0u);
                        e.Prefix = p;
                    }
                    break;
                }
        }
    }

    /// <summary>Stable LSD radix sort on the prefixes, a byte at a time, skipping bytes all prefixes share.</summary>
    private static void RadixSort(Entry[] a, Entry[] tmp, int n)
    {
        if (n < 64)
        {
            MergeSort(a, tmp, 0, n, new PrefixLess());
            return;
        }
        var counts = new int[8 * 256];
        for (var i = 0; i < n; i++)
        {
            var p = a[i].Prefix;
            for (var b = 0; b < 8; b++) counts[(b << 8) | (int)((p >> (b * 8)) & 0xFF)]++;
        }
        Entry[] src = a, dst = tmp;
        for (var b = 0; b < 8; b++)
        {
            var c = counts.AsSpan(b << 8, 256);
            var shift = b * 8;
            if (c[(int)((a[0].Prefix >> shift) & 0xFF)] == n) continue;
            var sum = 0;
            for (var k = 0; k < 256; k++)
            {
                var count = c[k];
                c[k] = sum;
                sum += count;
            }
            for (var i = 0; i < n; i++)
            {
                ref var e = ref src[i];
                dst[c[(int)((e.Prefix >> shift) & 0xFF)]++] = e;
            }
            (src, dst) = (dst, src);
        }
        if (!ReferenceEquals(src, a)) Array.Copy(src, a, n);
    }

    /// <summary>Merge-sorts each run of equal prefixes by the keys (the runs are in place after the radix sort).</summary>
    private static void SortTies<TLess>(Entry[] a, Entry[] tmp, int n, TLess less) where TLess : struct, ILess
    {
        var start = 0;
        for (var i = 1; i <= n; i++)
        {
            if (i < n && a[i].Prefix == a[start].Prefix) continue;
            if (i - start > 1) MergeSort(a, tmp, start, i, less);
            start = i;
        }
    }

    private static void MergeSort<TLess>(Entry[] a, Entry[] tmp, int lo, int hi, TLess less) where TLess : struct, ILess
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

    /// <summary>
    /// The two entry arrays of the last sort, kept for the next one: a program sorting big lists
    /// repeatedly would otherwise allocate two large-object arrays each time, and each large
    /// allocation brings full collections closer. Not kept past 262,144 entries (8 MB).
    /// </summary>
    private static class Buffers
    {
        private const int MaxKept = 1 << 18;

        [ThreadStatic] private static Entry[]? s_entries;
        [ThreadStatic] private static Entry[]? s_tmp;

        public static Entry[] Take(int n, out Entry[] tmp)
        {
            Entry[]? a = s_entries, b = s_tmp;
            // A sort inside a key function or __lt__ finds the buffers taken (null) and allocates its own.
            s_entries = s_tmp = null;
            if (a is null || b is null || a.Length < n)
            {
                a = GC.AllocateUninitializedArray<Entry>(n);
                b = GC.AllocateUninitializedArray<Entry>(n);
            }
            tmp = b;
            return a;
        }

        public static void Return(Entry[] a, Entry[] tmp)
        {
            if (a.Length > MaxKept) return;
            if (s_entries is not null && s_entries.Length >= a.Length) return;
            s_entries = a;
            s_tmp = tmp;
        }
    }
}
