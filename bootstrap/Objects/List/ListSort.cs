using System.Runtime.CompilerServices;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The stable sort behind list.sort and sorted(). Like CPython's list.sort (its "unsafe_*_compare"
/// pre-check), the keys are scanned once: when all are exact ints that fit 64 bits, exact floats
/// (no NaN) or exact strs, or exact tuples whose items at each position are all one of those
/// (ints of any size), each key gets a 64-bit prefix
/// whose unsigned order is Python's '&lt;' order (the int or float itself; a str's four code units
/// past the prefix all keys share). Those types' '&lt;' cannot be overridden and has no side
/// effects, so a stable radix sort on the prefixes gives Python's order; only runs of equal
/// prefixes that do not settle the order (strs, tuples) are then merge-sorted by the keys, tuples
/// item by item, natively while the items allow it. Any other mix, where a comparison can be seen
/// (a Python <c>__lt__</c>, a TypeError naming its pair, NaN's order), is sorted by
/// <see cref="TimSort{TLess}"/>: CPython's own algorithm, comparison for comparison.
/// </summary>
internal static partial class ListSort
{
    /// <summary>
    /// One item being sorted: its prefix and its index in the original list. No references, so moving
    /// one costs no GC barrier. Packed to 12 bytes (16 with the prefix aligned): a sort holds two
    /// arrays of them, so a big list's sort takes 24 bytes an item beside its keys instead of 32
    /// (CPython's merge buffer takes at most 8); x64 reads the unaligned prefix at full speed.
    /// </summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 4)]
    private struct Entry
    {
        public ulong Prefix;
        public int Index;
    }

    private interface ILess
    {
        bool Less(in Entry x, in Entry y);
    }

    /// <summary>
    /// Python's '&lt;'. When all keys have one type, CPython calls that type's comparison directly and,
    /// if it returns NotImplemented, the full protocol, which calls <c>__lt__</c> a second time.
    /// </summary>
    private readonly struct GeneralLess(PyObject[] keys, bool sameType) : ILess
    {
        public bool Less(in Entry x, in Entry y)
        {
            PyObject a = keys[x.Index], b = keys[y.Index];
            if (sameType && a.RichCompare(b, CompareOp.Lt) is { } r) return r is PyBool bo ? bo.Value : Truth.IsTrue(r);
            return Comparison.CompareBool(a, b, CompareOp.Lt);
        }
    }

    private readonly struct PrefixLess : ILess
    {
        public bool Less(in Entry x, in Entry y) => x.Prefix < y.Prefix;
    }

    /// <summary>Strs whose prefixes are equal: the strs decide.</summary>
    private readonly struct StrLess(PyObject[] keys) : ILess
    {
        public bool Less(in Entry x, in Entry y) => StrIsLess(((PyStr)keys[x.Index]).Chars, ((PyStr)keys[y.Index]).Chars);
    }

    /// <summary>Exact ints of any size whose prefixes are equal: the ints decide (natively, as their '&lt;' cannot be seen).</summary>
    private readonly struct IntLess(PyObject[] keys) : ILess
    {
        public bool Less(in Entry x, in Entry y) => Unsafe.As<PyInt>(keys[x.Index]).CompareTo(Unsafe.As<PyInt>(keys[y.Index])) < 0;
    }

    /// <summary>Tuples equal before item <c>start</c>: item by item from there, natively where it can.</summary>
    private readonly struct TupleLess(PyObject[] keys, int start) : ILess
    {
        public bool Less(in Entry x, in Entry y) => TupleIsLess((PyTuple)keys[x.Index], (PyTuple)keys[y.Index], start);
    }

    // Code point order: UTF-16 order except where a surrogate meets a unit at or above 0xE000.
    // The common prefix is skipped with the vectorised span search; names often share long prefixes.
    private static bool StrIsLess(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var i = a.CommonPrefixLength(b);
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
            if (PyInt.IsExact(p) && PyInt.IsExact(q))
            {
                var order = Unsafe.As<PyInt>(p).CompareTo(Unsafe.As<PyInt>(q));
                if (order != 0) return order < 0;
                continue;
            }
            if (p.GetType() != q.GetType() && !(PyStr.IsExact(p) && PyStr.IsExact(q))) return Comparison.CompareBool(a, b, CompareOp.Lt);
            if (PyStr.IsExact(p))
            {
                ReadOnlySpan<char> s = Unsafe.As<PyStr>(p).Chars, t = Unsafe.As<PyStr>(q).Chars;
                if (!s.SequenceEqual(t)) return StrIsLess(s, t);
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

    // Long: exact ints within 64 bits; Int: exact ints, some past 64 bits (prefixes that order but may tie).
    private enum Kind { Unknown, General, Long, Int, Double, Str }

    /// <summary>
    /// The first <paramref name="n"/> items sorted stably by their keys: into <paramref name="keys"/>
    /// when it is not <paramref name="items"/> (the keys are done with by then), else in place. reverse
    /// keeps stability as CPython's does: the reversed sequence is sorted, then reversed back.
    /// </summary>
    public static PyObject[] Sort(PyObject[] items, PyObject[] keys, int n, bool reverse)
    {
        var inPlace = ReferenceEquals(items, keys);
        if (n < 2)
        {
            if (n == 1 && !inPlace) keys[0] = items[0];
            return keys;
        }
        var entries = Buffers.Take(n, out var tmp);
        try
        {
            for (var i = 0; i < n; i++) entries[i].Index = reverse ? n - 1 - i : i;
            try
            {
                new Sorter(keys, n, entries, tmp).Run();
            }
            catch
            {
                // As CPython, a comparison that raised leaves the items as far as the sort had moved them.
                if (reverse) Array.Reverse(entries, 0, n);
                Permute(items, entries, n);
                throw;
            }
            if (reverse) Array.Reverse(entries, 0, n);
            if (inPlace)
            {
                Permute(items, entries, n);
                return items;
            }
            // keys is a fresh PyObject[]: no covariance check, which would read every item's type (a cache miss each).
            ref var o = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(keys);
            for (var i = 0; i < n; i++) Unsafe.Add(ref o, i) = items[entries[i].Index];
            return keys;
        }
        finally
        {
            Buffers.Return(entries, tmp);
        }
    }

    /// <summary>
    /// items[i] = old items[entries[i].Index] for all i, in place, cycle by cycle (a big list needs
    /// no second large array); the entries' indexes are spent (complemented) as the cycles are done.
    /// </summary>
    private static void Permute(PyObject[] items, Entry[] entries, int n)
    {
        ref var o = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(items);
        for (var i = 0; i < n; i++)
        {
            var from = entries[i].Index;
            if (from < 0 || from == i) continue;
            var first = Unsafe.Add(ref o, i);
            var j = i;
            while (true)
            {
                entries[j].Index = ~from;
                if (from == i)
                {
                    Unsafe.Add(ref o, j) = first;
                    break;
                }
                Unsafe.Add(ref o, j) = Unsafe.Add(ref o, from);
                j = from;
                from = entries[j].Index;
            }
        }
    }

    /// <summary>
    /// One sort. Level j is the key itself (j = 0, keys that are not all tuples) or item j of tuple
    /// keys. The entries are radix-sorted by level 0's prefixes; each run of equal prefixes at level j
    /// is then sorted by level j+1's (when level j's prefixes are exact, equal prefixes mean equal
    /// items, and tuple '&lt;' moves on to the next item), and a run the prefixes cannot settle is
    /// merge-sorted by the keys from level j on.
    /// </summary>
    private sealed class Sorter
    {
        private readonly PyObject[] _keys;
        private readonly Entry[] _entries;
        private readonly Entry[] _tmp;
        private readonly bool _tuples;
        private readonly int _minLength;
        private readonly int _maxLength;
        private readonly Kind[] _kinds;

        public Sorter(PyObject[] keys, int n, Entry[] entries, Entry[] tmp)
        {
            _keys = keys;
            _entries = entries;
            _tmp = tmp;
            _tuples = true;
            _minLength = int.MaxValue;
            for (var i = 0; i < n && _tuples; i++)
            {
                var key = keys[i];
                _tuples = PyTuple.AsExact(key) is { Count: > 0 };
                if (!_tuples) break;
                var count = Unsafe.As<PyTuple>(key).Count;
                _minLength = Math.Min(_minLength, count);
                _maxLength = Math.Max(_maxLength, count);
            }
            if (!_tuples) _minLength = _maxLength = 1;
            _kinds = new Kind[_minLength];
            N = n;
        }

        private int N { get; }

        public void Run()
        {
            if (_tuples ? !TuplesQuiet() : KindAt(0) == Kind.General)
            {
                if (_tuples) new TimSort<TupleLess>(_entries, _tmp, N, new TupleLess(_keys, 0)).Run();
                else new TimSort<GeneralLess>(_entries, _tmp, N, new GeneralLess(_keys, SameType())).Run();
                return;
            }
            if (KindAt(0) == Kind.General)
            {
                MergeSort(_entries, _tmp, 0, N, new TupleLess(_keys, 0));
                return;
            }
            var exact = SetPrefixes(0, N, 0);
            RadixSort(_entries, _tmp, 0, N);
            SortTies(0, N, 0, exact);
        }

        private bool SameType()
        {
            var type = _keys[0].Type;
            for (var i = 1; i < N; i++)
            {
                if (!ReferenceEquals(_keys[i].Type, type)) return false;
            }
            return true;
        }

        /// <summary>
        /// Whether no tuple comparison can be seen: at each position, the items the tuples have there
        /// are of one exact type, int, float without NaN or str, so the sort's comparisons cannot be
        /// observed, never raise and form a total order. Otherwise the order of the comparisons is CPython's.
        /// </summary>
        private bool TuplesQuiet()
        {
            for (var level = 0; level < _maxLength; level++)
            {
                Type? type = null;
                for (var i = 0; i < N; i++)
                {
                    var items = Unsafe.As<PyTuple>(_keys[i]).Items;
                    if (level >= items.Length) continue;
                    var item = items[level];
                    // Small and big ints are one type here, as are the str forms (their '<' is int's or str's either way).
                    var itemType = item.GetType();
                    if (itemType == typeof(PyBigInt)) itemType = typeof(PyInt);
                    else if (PyStr.IsExactClass(itemType)) itemType = typeof(PyStr);
                    type ??= itemType;
                    if (itemType != type) return false;
                    var quiet = type == typeof(PyFloat) ? !double.IsNaN(Unsafe.As<PyFloat>(item).Value) : type == typeof(PyInt) || type == typeof(PyStr);
                    if (!quiet) return false;
                }
            }
            return true;
        }

        // Item j of a key (the key itself when the keys are not tuples).
        private PyObject ItemAt(int index, int level) => _tuples ? Unsafe.As<PyTuple>(_keys[index]).Items[level] : _keys[index];

        /// <summary>Level j's kind, found when first needed: one exact type for all keys, ints within 64 bits, floats without NaN.</summary>
        private Kind KindAt(int level)
        {
            if (level >= _minLength) return Kind.General;
            if (_kinds[level] != Kind.Unknown) return _kinds[level];
            var keys = _keys;
            var first = ItemAt(0, level);
            var kind = PyStr.IsExact(first) ? Kind.Str
                : first.GetType() == typeof(PyFloat) ? Kind.Double
                : PyInt.IsExact(first) ? Kind.Long
                : Kind.General;
            for (var i = 0; i < N && kind != Kind.General; i++)
            {
                var item = ItemAt(i, level);
                if (kind is Kind.Long or Kind.Int)
                {
                    if (!PyInt.IsExact(item)) kind = Kind.General;
                    else if (!Unsafe.As<PyInt>(item).IsSmall) kind = Kind.Int;
                }
                else if (item.GetType() != first.GetType() && !(kind == Kind.Str && PyStr.IsExact(item))) kind = Kind.General;
                // NaN is unordered: no prefix can stand for it.
                else if (kind == Kind.Double && double.IsNaN(Unsafe.As<PyFloat>(item).Value)) kind = Kind.General;
            }
            return _kinds[level] = kind;
        }

        /// <summary>Sets the prefixes of entries lo..hi from level j; true when equal prefixes mean equal items.</summary>
        private bool SetPrefixes(int lo, int hi, int level)
        {
            var entries = _entries;
            switch (KindAt(level))
            {
                case Kind.Long:
                    for (var i = lo; i < hi; i++)
                    {
                        ref var e = ref entries[i];
                        e.Prefix = (ulong)(Unsafe.As<PyInt>(ItemAt(e.Index, level)).Small ^ long.MinValue);
                    }
                    return true;
                case Kind.Int:
                    {
                        var exact = true;
                        for (var i = lo; i < hi; i++)
                        {
                            ref var e = ref entries[i];
                            e.Prefix = IntPrefix(Unsafe.As<PyInt>(ItemAt(e.Index, level)), ref exact);
                        }
                        return exact;
                    }
                case Kind.Double:
                    for (var i = lo; i < hi; i++)
                    {
                        ref var e = ref entries[i];
                        var v = Unsafe.As<PyFloat>(ItemAt(e.Index, level)).Value;
                        // -0.0 == 0.0: one prefix, so the sort keeps their order.
                        var bits = BitConverter.DoubleToInt64Bits(v == 0 ? 0.0 : v);
                        e.Prefix = bits < 0 ? ~(ulong)bits : (ulong)bits | 0x8000_0000_0000_0000UL;
                    }
                    return true;
                default:
                    {
                        var s0 = Unsafe.As<PyStr>(ItemAt(entries[lo].Index, level)).Chars;
                        var shared = s0.Length;
                        for (var i = lo + 1; i < hi && shared > 0; i++)
                        {
                            shared = Math.Min(shared, s0[..shared].CommonPrefixLength(Unsafe.As<PyStr>(ItemAt(entries[i].Index, level)).Chars));
                        }
                        // A missing unit packs as 0, like U+0000: the prefixes are exact when every str
                        // ends within the four units and has no U+0000 among them.
                        var exact = true;
                        for (var i = lo; i < hi; i++)
                        {
                            ref var e = ref entries[i];
                            var s = Unsafe.As<PyStr>(ItemAt(e.Index, level)).Chars;
                            ulong p = 0;
                            for (var k = shared; k < shared + 4; k++)
                            {
                                uint unit = 0;
                                if (k < s.Length)
                                {
                                    unit = CodePointOrder(s[k]);
                                    if (unit == 0) exact = false;
                                }
                                p = (p << 16) | unit;
                            }
                            if (s.Length > shared + 4) exact = false;
                            e.Prefix = p;
                        }
                        return exact;
                    }
            }
        }

        /// <summary>Orders each run of equal prefixes within lo..hi (already ordered by level j's prefixes).</summary>
        private void SortTies(int lo, int hi, int level, bool exact)
        {
            var entries = _entries;
            // Exact prefixes of the last item every key has: runs are equal keys unless some tuple is longer.
            if (exact && level + 1 >= _maxLength) return;
            var start = lo;
            while (start < hi)
            {
                var end = start + 1;
                var prefix = entries[start].Prefix;
                while (end < hi && entries[end].Prefix == prefix) end++;
                if (end - start > 1) SortRun(start, end, level, exact);
                start = end;
            }
        }

        private void SortRun(int lo, int hi, int level, bool exact)
        {
            if (exact && KindAt(level + 1) != Kind.General)
            {
                var next = SetPrefixes(lo, hi, level + 1);
                RadixSort(_entries, _tmp, lo, hi);
                SortTies(lo, hi, level + 1, next);
            }
            else if (_tuples)
            {
                MergeSort(_entries, _tmp, lo, hi, new TupleLess(_keys, exact ? level + 1 : level));
            }
            else if (KindAt(level) == Kind.Int)
            {
                MergeSort(_entries, _tmp, lo, hi, new IntLess(_keys));
            }
            else
            {
                MergeSort(_entries, _tmp, lo, hi, new StrLess(_keys));
            }
        }
    }

    /// <summary>
    /// A prefix whose unsigned order agrees with the int order (equal ints, equal prefixes): the
    /// value itself below 2**56 in magnitude; past that the bit length, then the 40 bits after
    /// the leading one, so ints of one length and leading bits tie. <paramref name="exact"/> is
    /// cleared when a prefix can tie with another int's.
    /// </summary>
    private static ulong IntPrefix(PyInt v, ref bool exact)
    {
        const ulong Middle = 1UL << 63;
        const int ExactBits = 56;
        ulong top;
        int length;
        bool negative;
        if (v.IsSmall)
        {
            var small = v.Small;
            if (small > -(1L << ExactBits) && small < 1L << ExactBits) return Middle + (ulong)small;
            negative = small < 0;
            var magnitude = negative ? 0UL - (ulong)small : (ulong)small;
            var zeros = System.Numerics.BitOperations.LeadingZeroCount(magnitude);
            length = 64 - zeros;
            top = magnitude << zeros;
        }
        else
        {
            var limbs = v.Magnitude;
            negative = v.Sign < 0;
            var zeros = System.Numerics.BitOperations.LeadingZeroCount(limbs[^1]);
            length = limbs.Length * 64 - zeros;
            top = limbs[^1] << zeros;
            if (zeros != 0 && limbs.Length > 1) top |= limbs[^2] >> (64 - zeros);
        }
        exact = false;
        // top holds the leading 64 bits, the leading one first: the 40 after it. Lengths past
        // the 22 bits they get saturate (and tie).
        var fraction = (top >> 23) & ((1UL << 40) - 1);
        var step = (ulong)(length - (ExactBits + 1));
        const ulong MaxStep = (1UL << 22) - 1;
        if (step >= MaxStep)
        {
            step = MaxStep;
            fraction = (1UL << 40) - 1;
        }
        var f = (1UL << ExactBits) + (step << 40) + fraction;
        return negative ? Middle - f : Middle + f;
    }

    /// <summary>Stable LSD radix sort of entries lo..hi on their prefixes, a byte at a time, skipping bytes all prefixes share.</summary>
    private static void RadixSort(Entry[] a, Entry[] tmp, int lo, int hi)
    {
        var n = hi - lo;
        if (n < 64)
        {
            MergeSort(a, tmp, lo, hi, new PrefixLess());
            return;
        }
        Span<int> counts = stackalloc int[8 * 256];
        counts.Clear();
        for (var i = lo; i < hi; i++)
        {
            var p = a[i].Prefix;
            for (var b = 0; b < 8; b++) counts[(b << 8) | (int)((p >> (b * 8)) & 0xFF)]++;
        }
        Entry[] src = a, dst = tmp;
        for (var b = 0; b < 8; b++)
        {
            var c = counts.Slice(b << 8, 256);
            var shift = b * 8;
            if (c[(int)((a[lo].Prefix >> shift) & 0xFF)] == n) continue;
            var sum = lo;
            for (var k = 0; k < 256; k++)
            {
                var count = c[k];
                c[k] = sum;
                sum += count;
            }
            for (var i = lo; i < hi; i++)
            {
                ref var e = ref src[i];
                dst[c[(int)((e.Prefix >> shift) & 0xFF)]++] = e;
            }
            (src, dst) = (dst, src);
        }
        if (!ReferenceEquals(src, a)) Array.Copy(src, lo, a, lo, n);
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
    /// allocation brings full collections closer. Not kept past 262,144 entries (6 MB).
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
