namespace PyPack.Runtime.Objects;

internal static partial class ListSort
{
    /// <summary>
    /// CPython 3.11's listsort, for keys whose '&lt;' can be observed (a Python <c>__lt__</c>, types
    /// that raise, NaN): the same comparisons in the same order, so a counting or printing
    /// <c>__lt__</c>, the pair a TypeError names and the order NaN leaves all match. Runs are found
    /// (a strictly descending one reversed), extended to minrun by binary insertion, merged as
    /// powersort's run powers say and finally right to left; merges first gallop to trim each run,
    /// then go one by one until a run wins min_gallop times in a row, then gallop, min_gallop
    /// adapting. A comparison that raises leaves every entry in the array (the merge's temporary
    /// copy is put back), as CPython leaves the list a permutation of its items.
    /// </summary>
    private sealed class TimSort<TLess>(Entry[] a, Entry[] tmp, int n, TLess less) where TLess : struct, ILess
    {
        private const int MinGallop = 7;
        // Powersort keeps at most about log2(n) + 1 runs pending.
        private const int MaxPending = 85;

        private readonly int[] _base = new int[MaxPending];
        private readonly int[] _len = new int[MaxPending];
        private readonly int[] _power = new int[MaxPending];
        private int _pending;
        private int _minGallop = MinGallop;
        private TLess _less = less;

        private bool Less(in Entry x, in Entry y) => _less.Less(x, y);

        public void Run()
        {
            if (n < 2) return;
            var lo = 0;
            var remaining = n;
            var minRun = MinRun(n);
            do
            {
                var run = CountRun(lo, lo + remaining, out var descending);
                if (descending) Array.Reverse(a, lo, run);
                if (run < minRun)
                {
                    var force = remaining <= minRun ? remaining : minRun;
                    BinarySort(lo, lo + force, lo + run);
                    run = force;
                }
                FoundNewRun(run);
                _base[_pending] = lo;
                _len[_pending] = run;
                _pending++;
                lo += run;
                remaining -= run;
            }
            while (remaining > 0);
            while (_pending > 1)
            {
                var i = _pending - 2;
                if (i > 0 && _len[i - 1] < _len[i + 1]) i--;
                MergeAt(i);
            }
        }

        // n itself below 64; else a length in 32..64 that divides n into a power of two runs, or just under.
        private static int MinRun(int n)
        {
            var r = 0;
            while (n >= 64)
            {
                r |= n & 1;
                n >>= 1;
            }
            return n + r;
        }

        // The run at lo: ascending (each item not less than the one before) or strictly descending.
        private int CountRun(int lo, int hi, out bool descending)
        {
            descending = false;
            var k = lo + 1;
            if (k == hi) return 1;
            if (Less(a[k], a[k - 1]))
            {
                descending = true;
                for (k++; k < hi && Less(a[k], a[k - 1]); k++) { }
            }
            else
            {
                for (k++; k < hi && !Less(a[k], a[k - 1]); k++) { }
            }
            return k - lo;
        }

        // lo..start is sorted; each later item is put in place by a binary search, after equal ones.
        private void BinarySort(int lo, int hi, int start)
        {
            if (lo == start) start++;
            for (; start < hi; start++)
            {
                var pivot = a[start];
                int l = lo, r = start;
                do
                {
                    var p = l + ((r - l) >> 1);
                    if (Less(pivot, a[p])) r = p;
                    else l = p + 1;
                }
                while (l < r);
                Array.Copy(a, l, a, l + 1, start - l);
                a[l] = pivot;
            }
        }

        // A run's power: the depth of the first bit where the midpoints of it and its left neighbour, as fractions of n, differ.
        private static int PowerLoop(int s1, int n1, int n2, int n)
        {
            var result = 0;
            long x = 2L * s1 + n1;
            var y = x + n1 + n2;
            while (true)
            {
                result++;
                if (x >= n)
                {
                    x -= n;
                    y -= n;
                }
                else if (y >= n)
                {
                    break;
                }
                x <<= 1;
                y <<= 1;
            }
            return result;
        }

        private void FoundNewRun(int n2)
        {
            if (_pending == 0) return;
            var power = PowerLoop(_base[_pending - 1], _len[_pending - 1], n2, n);
            while (_pending > 1 && _power[_pending - 2] > power) MergeAt(_pending - 2);
            _power[_pending - 1] = power;
        }

        private void MergeAt(int i)
        {
            int pa = _base[i], na = _len[i], pb = _base[i + 1], nb = _len[i + 1];
            _len[i] = na + nb;
            if (i == _pending - 3)
            {
                _base[i + 1] = _base[i + 2];
                _len[i + 1] = _len[i + 2];
                _power[i + 1] = _power[i + 2];
            }
            _pending--;
            // Items of A before B's first belong where they are, and so do B's after A's last.
            var k = GallopRight(a[pb], a, pa, na, 0);
            pa += k;
            na -= k;
            if (na == 0) return;
            nb = GallopLeft(a[pa + na - 1], a, pb, nb, nb - 1);
            if (nb <= 0) return;
            if (na <= nb) MergeLo(pa, na, pb, nb);
            else MergeHi(pa, na, pb, nb);
        }

        /// <summary>Where key goes in arr[lo..lo+len) before any equal item, searching out from hint.</summary>
        private int GallopLeft(Entry key, Entry[] arr, int lo, int len, int hint)
        {
            int lastOfs = 0, ofs = 1;
            if (Less(arr[lo + hint], key))
            {
                var maxOfs = len - hint;
                while (ofs < maxOfs && Less(arr[lo + hint + ofs], key))
                {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                if (ofs > maxOfs) ofs = maxOfs;
                lastOfs += hint;
                ofs += hint;
            }
            else
            {
                var maxOfs = hint + 1;
                while (ofs < maxOfs && !Less(arr[lo + hint - ofs], key))
                {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                if (ofs > maxOfs) ofs = maxOfs;
                (lastOfs, ofs) = (hint - ofs, hint - lastOfs);
            }
            // arr[lastOfs] < key <= arr[ofs]: binary search between.
            lastOfs++;
            while (lastOfs < ofs)
            {
                var m = lastOfs + ((ofs - lastOfs) >> 1);
                if (Less(arr[lo + m], key)) lastOfs = m + 1;
                else ofs = m;
            }
            return ofs;
        }

        /// <summary>Where key goes in arr[lo..lo+len) after any equal item, searching out from hint.</summary>
        private int GallopRight(Entry key, Entry[] arr, int lo, int len, int hint)
        {
            int lastOfs = 0, ofs = 1;
            if (Less(key, arr[lo + hint]))
            {
                var maxOfs = hint + 1;
                while (ofs < maxOfs && Less(key, arr[lo + hint - ofs]))
                {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                if (ofs > maxOfs) ofs = maxOfs;
                (lastOfs, ofs) = (hint - ofs, hint - lastOfs);
            }
            else
            {
                var maxOfs = len - hint;
                while (ofs < maxOfs && !Less(key, arr[lo + hint + ofs]))
                {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                if (ofs > maxOfs) ofs = maxOfs;
                lastOfs += hint;
                ofs += hint;
            }
            // arr[lastOfs] <= key < arr[ofs]: binary search between.
            lastOfs++;
            while (lastOfs < ofs)
            {
                var m = lastOfs + ((ofs - lastOfs) >> 1);
                if (Less(key, arr[lo + m])) ofs = m;
                else lastOfs = m + 1;
            }
            return ofs;
        }

        /// <summary>Merges A = a[pa..pa+na) and the B right after it (na &lt;= nb) left to right, A moved out to tmp.</summary>
        private void MergeLo(int pa, int na, int pb, int nb)
        {
            Array.Copy(a, pa, tmp, 0, na);
            int dest = pa, ia = 0, ib = pb;
            a[dest++] = a[ib++];
            nb--;
            try
            {
                if (nb == 0) goto Succeed;
                if (na == 1) goto CopyB;
                var minGallop = _minGallop;
                while (true)
                {
                    int aCount = 0, bCount = 0;
                    // One at a time until a run wins minGallop times in a row.
                    while (true)
                    {
                        if (Less(a[ib], tmp[ia]))
                        {
                            a[dest++] = a[ib++];
                            bCount++;
                            aCount = 0;
                            if (--nb == 0) goto Succeed;
                            if (bCount >= minGallop) break;
                        }
                        else
                        {
                            a[dest++] = tmp[ia++];
                            aCount++;
                            bCount = 0;
                            if (--na == 1) goto CopyB;
                            if (aCount >= minGallop) break;
                        }
                    }
                    // Gallop while either run keeps winning long stretches.
                    minGallop++;
                    do
                    {
                        if (minGallop > 1) minGallop--;
                        _minGallop = minGallop;
                        var k = GallopRight(a[ib], tmp, ia, na, 0);
                        aCount = k;
                        if (k != 0)
                        {
                            Array.Copy(tmp, ia, a, dest, k);
                            dest += k;
                            ia += k;
                            na -= k;
                            if (na == 1) goto CopyB;
                            // Only an inconsistent '<' gets here.
                            if (na == 0) goto Succeed;
                        }
                        a[dest++] = a[ib++];
                        if (--nb == 0) goto Succeed;
                        k = GallopLeft(tmp[ia], a, ib, nb, 0);
                        bCount = k;
                        if (k != 0)
                        {
                            Array.Copy(a, ib, a, dest, k);
                            dest += k;
                            ib += k;
                            nb -= k;
                            if (nb == 0) goto Succeed;
                        }
                        a[dest++] = tmp[ia++];
                        if (--na == 1) goto CopyB;
                    }
                    while (aCount >= MinGallop || bCount >= MinGallop);
                    minGallop++;
                    _minGallop = minGallop;
                }
            }
            catch
            {
                Array.Copy(tmp, ia, a, dest, na);
                throw;
            }
        Succeed:
            Array.Copy(tmp, ia, a, dest, na);
            return;
        CopyB:
            // A's last item goes after all of B's rest.
            Array.Copy(a, ib, a, dest, nb);
            a[dest + nb] = tmp[ia];
        }

        /// <summary>Merges A = a[pa..pa+na) and the B right after it (na &gt;= nb) right to left, B moved out to tmp.</summary>
        private void MergeHi(int pa, int na, int pb, int nb)
        {
            Array.Copy(a, pb, tmp, 0, nb);
            int dest = pb + nb - 1, ia = pa + na - 1, ib = nb - 1;
            a[dest--] = a[ia--];
            na--;
            try
            {
                if (na == 0) goto Succeed;
                if (nb == 1) goto CopyA;
                var minGallop = _minGallop;
                while (true)
                {
                    int aCount = 0, bCount = 0;
                    while (true)
                    {
                        if (Less(tmp[ib], a[ia]))
                        {
                            a[dest--] = a[ia--];
                            aCount++;
                            bCount = 0;
                            if (--na == 0) goto Succeed;
                            if (aCount >= minGallop) break;
                        }
                        else
                        {
                            a[dest--] = tmp[ib--];
                            bCount++;
                            aCount = 0;
                            if (--nb == 1) goto CopyA;
                            if (bCount >= minGallop) break;
                        }
                    }
                    minGallop++;
                    do
                    {
                        if (minGallop > 1) minGallop--;
                        _minGallop = minGallop;
                        var k = na - GallopRight(tmp[ib], a, pa, na, na - 1);
                        aCount = k;
                        if (k != 0)
                        {
                            dest -= k;
                            ia -= k;
                            Array.Copy(a, ia + 1, a, dest + 1, k);
                            na -= k;
                            if (na == 0) goto Succeed;
                        }
                        a[dest--] = tmp[ib--];
                        if (--nb == 1) goto CopyA;
                        k = nb - GallopLeft(a[ia], tmp, 0, nb, nb - 1);
                        bCount = k;
                        if (k != 0)
                        {
                            dest -= k;
                            ib -= k;
                            Array.Copy(tmp, ib + 1, a, dest + 1, k);
                            nb -= k;
                            if (nb == 1) goto CopyA;
                            // Only an inconsistent '<' gets here.
                            if (nb == 0) goto Succeed;
                        }
                        a[dest--] = a[ia--];
                        if (--na == 0) goto Succeed;
                    }
                    while (aCount >= MinGallop || bCount >= MinGallop);
                    minGallop++;
                    _minGallop = minGallop;
                }
            }
            catch
            {
                Array.Copy(tmp, 0, a, dest - (nb - 1), nb);
                throw;
            }
        Succeed:
            Array.Copy(tmp, 0, a, dest - (nb - 1), nb);
            return;
        CopyA:
            // B's first item goes before all of A's rest.
            dest -= na;
            ia -= na;
            Array.Copy(a, ia + 1, a, dest + 1, na);
            a[dest] = tmp[ib];
        }
    }
}
