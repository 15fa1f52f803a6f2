using static PyPack.Runtime.Modules.Zlib.Deflate.DeflateTables;

namespace PyPack.Runtime.Modules.Zlib.Deflate;

/// <summary>
/// The block layer of zlib 1.2.13's deflate: collects literals and matches, then at a block's end
/// prices stored, fixed and dynamic encodings and writes the cheapest. The Huffman trees are built
/// the way zlib builds them (heap order, ties broken by subtree depth, lengths limited by moving
/// leaves), since any other valid tree gives different bytes. Bits go through a 16-bit buffer into the
/// pending bytes as zlib's do, because stored blocks at level 0 are sized from what is pending.
/// </summary>
internal sealed class DeflateBlockWriter
{
    private const int Fixed = 4;

    private HuffmanTree _lTree = new(HeapSize, LCodes, ExtraLBits, Literals + 1, MaxBits, StaticLLen);
    private HuffmanTree _dTree = new(2 * DCodes + 1, DCodes, ExtraDBits, 0, MaxBits, StaticDLen);
    private HuffmanTree _blTree = new(2 * BlCodes + 1, BlCodes, ExtraBlBits, 0, MaxBlBits, null);
    private int[] _heap = new int[2 * LCodes + 1];
    private byte[] _depth = new byte[2 * LCodes + 1];
    private ushort[] _lengthCount = new ushort[MaxBits + 1];
    private int _heapLen;
    private int _heapMax;
    private long _optLen;
    private long _staticLen;

    private byte[] _symbols;
    private readonly int _symbolsEnd;
    private int _symbolsNext;

    private readonly int _level;
    private readonly int _strategy;
    private int _bitBuffer;

    public DeflateBlockWriter(int level, int strategy, int literalBufferSize)
    {
        _level = level;
        _strategy = strategy;
        _symbols = new byte[literalBufferSize * 3];
        _symbolsEnd = (literalBufferSize - 1) * 3;
        Pending = new byte[literalBufferSize * 4];
        InitBlock();
    }

    /// <summary>An independent writer in the same state.</summary>
    public DeflateBlockWriter Clone()
    {
        var copy = (DeflateBlockWriter)MemberwiseClone();
        copy._lTree = _lTree.Clone();
        copy._dTree = _dTree.Clone();
        copy._blTree = _blTree.Clone();
        copy._heap = (int[])_heap.Clone();
        copy._depth = (byte[])_depth.Clone();
        copy._lengthCount = (ushort[])_lengthCount.Clone();
        copy._symbols = (byte[])_symbols.Clone();
        copy.Pending = (byte[])Pending.Clone();
        return copy;
    }

    /// <summary>Bytes written but not yet handed to the caller: Pending[PendingOut .. PendingOut + PendingCount].</summary>
    public byte[] Pending;
    public int PendingOut;
    public int PendingCount;
    /// <summary>Bits in the bit buffer (0-16), not yet in Pending.</summary>
    public int BitCount;

    public bool HasSymbols => _symbolsNext != 0;

    private void InitBlock()
    {
        Array.Clear(_lTree.Fc, 0, LCodes);
        Array.Clear(_dTree.Fc, 0, DCodes);
        Array.Clear(_blTree.Fc, 0, BlCodes);
        _lTree.Fc[EndBlock] = 1;
        _optLen = _staticLen = 0;
        _symbolsNext = 0;
    }

    /// <summary>Records a literal; true when the symbol buffer is full and the block must end.</summary>
    public bool TallyLiteral(byte c)
    {
        var s = _symbols;
        var i = _symbolsNext;
        s[i] = 0;
        s[i + 1] = 0;
        s[i + 2] = c;
        _symbolsNext = i + 3;
        _lTree.Fc[c]++;
        return _symbolsNext == _symbolsEnd;
    }

    /// <summary>Records a match of length lengthMinus3 + 3 at this distance; true when the block must end.</summary>
    public bool TallyMatch(int distance, int lengthMinus3)
    {
        var s = _symbols;
        var i = _symbolsNext;
        s[i] = (byte)distance;
        s[i + 1] = (byte)(distance >> 8);
        s[i + 2] = (byte)lengthMinus3;
        _symbolsNext = i + 3;
        _lTree.Fc[LengthCode[lengthMinus3] + Literals + 1]++;
        _dTree.Fc[DistanceCode(distance - 1)]++;
        return _symbolsNext == _symbolsEnd;
    }

    private void EnsurePending(int extra)
    {
        if (PendingOut + PendingCount + extra <= Pending.Length) return;
        Array.Resize(ref Pending, System.Math.Max(Pending.Length * 2, PendingOut + PendingCount + extra));
    }

    public void PutByte(int b)
    {
        EnsurePending(1);
        Pending[PendingOut + PendingCount++] = (byte)b;
    }

    private void PutShort(int w)
    {
        EnsurePending(2);
        var at = PendingOut + PendingCount;
        Pending[at] = (byte)w;
        Pending[at + 1] = (byte)(w >> 8);
        PendingCount += 2;
    }

    /// <summary>Writes value's low length bits, least significant first.</summary>
    private void SendBits(int value, int length)
    {
        if (BitCount > 16 - length)
        {
            _bitBuffer |= (value << BitCount) & 0xFFFF;
            PutShort(_bitBuffer);
            _bitBuffer = (value >> (16 - BitCount)) & 0xFFFF;
            BitCount += length - 16;
        }
        else
        {
            _bitBuffer |= (value << BitCount) & 0xFFFF;
            BitCount += length;
        }
    }

    /// <summary>Moves whole bytes of the bit buffer into Pending, keeping at most 7 bits.</summary>
    public void FlushBits()
    {
        if (BitCount == 16)
        {
            PutShort(_bitBuffer);
            _bitBuffer = 0;
            BitCount = 0;
        }
        else if (BitCount >= 8)
        {
            PutByte(_bitBuffer);
            _bitBuffer >>= 8;
            BitCount -= 8;
        }
    }

    /// <summary>Pads the bit buffer to a byte boundary and empties it.</summary>
    private void WindUp()
    {
        if (BitCount > 8) PutShort(_bitBuffer);
        else if (BitCount > 0) PutByte(_bitBuffer);
        _bitBuffer = 0;
        BitCount = 0;
    }

    /// <summary>A stored block of data (or, with data null, a header with zero lengths that the caller fills in).</summary>
    public void StoredBlock(byte[]? data, int offset, int length, bool last)
    {
        SendBits(last ? 1 : 0, 3);
        WindUp();
        PutShort(length);
        PutShort(~length);
        if (length > 0)
        {
            EnsurePending(length);
            Array.Copy(data!, offset, Pending, PendingOut + PendingCount, length);
            PendingCount += length;
        }
    }

    /// <summary>An empty fixed block, sent by Z_PARTIAL_FLUSH so the decoder sees everything before it.</summary>
    public void Align()
    {
        SendBits(1 << 1, 3);
        SendBits(StaticLCode[EndBlock], StaticLLen[EndBlock]);
        FlushBits();
    }

    /// <summary>
    /// Ends the block: the symbols so far (whose source is data[offset..offset+length], or null when
    /// the window no longer holds it) as a stored, fixed or dynamic block, whichever is shortest.
    /// </summary>
    public void FlushBlock(byte[]? data, int offset, int length, bool last)
    {
        long optBytes, staticBytes;
        var maxBlIndex = 0;
        if (_level > 0)
        {
            BuildTree(_lTree);
            BuildTree(_dTree);
            maxBlIndex = BuildCodeLengthTree();
            optBytes = (_optLen + 3 + 7) >> 3;
            staticBytes = (_staticLen + 3 + 7) >> 3;
            if (staticBytes <= optBytes || _strategy == Fixed) optBytes = staticBytes;
        }
        else
        {
            optBytes = staticBytes = length + 5;
        }
        if (length + 4 <= optBytes && data is not null)
        {
            StoredBlock(data, offset, length, last);
        }
        else if (staticBytes == optBytes)
        {
            SendBits((1 << 1) + (last ? 1 : 0), 3);
            CompressBlock(StaticLCode, StaticLLen, StaticDCode, StaticDLen);
        }
        else
        {
            SendBits((2 << 1) + (last ? 1 : 0), 3);
            SendAllTrees(_lTree.MaxCode + 1, _dTree.MaxCode + 1, maxBlIndex + 1);
            CompressBlock(_lTree.Fc, _lTree.Dl, _dTree.Fc, _dTree.Dl);
        }
        InitBlock();
        if (last) WindUp();
    }

    private void CompressBlock(ushort[] lCode, ushort[] lLen, ushort[] dCode, ushort[] dLen)
    {
        var s = _symbols;
        for (var i = 0; i < _symbolsNext; i += 3)
        {
            var dist = s[i] | (s[i + 1] << 8);
            int lc = s[i + 2];
            if (dist == 0)
            {
                SendBits(lCode[lc], lLen[lc]);
                continue;
            }
            int code = LengthCode[lc];
            SendBits(lCode[code + Literals + 1], lLen[code + Literals + 1]);
            var extra = ExtraLBits[code];
            if (extra != 0) SendBits(lc - BaseLength[code], extra);
            dist--;
            code = DistanceCode(dist);
            SendBits(dCode[code], dLen[code]);
            extra = ExtraDBits[code];
            if (extra != 0) SendBits(dist - BaseDist[code], extra);
        }
        SendBits(lCode[EndBlock], lLen[EndBlock]);
    }

    private bool Smaller(ushort[] freq, int n, int m) =>
        freq[n] < freq[m] || (freq[n] == freq[m] && _depth[n] <= _depth[m]);

    /// <summary>Restores the heap property below k, moving the node at k down.</summary>
    private void DownHeap(ushort[] freq, int k)
    {
        var v = _heap[k];
        var j = k << 1;
        while (j <= _heapLen)
        {
            if (j < _heapLen && Smaller(freq, _heap[j + 1], _heap[j])) j++;
            if (Smaller(freq, v, _heap[j])) break;
            _heap[k] = _heap[j];
            k = j;
            j <<= 1;
        }
        _heap[k] = v;
    }

    private void BuildTree(HuffmanTree tree)
    {
        var freq = tree.Fc;
        var dl = tree.Dl;
        var maxCode = -1;
        _heapLen = 0;
        _heapMax = HeapSize;
        for (var n = 0; n < tree.Elems; n++)
        {
            if (freq[n] != 0)
            {
                _heap[++_heapLen] = maxCode = n;
                _depth[n] = 0;
            }
            else
            {
                dl[n] = 0;
            }
        }
        // Deflate needs at least one distance code and one bit per code: force two codes in use.
        while (_heapLen < 2)
        {
            var node = _heap[++_heapLen] = maxCode < 2 ? ++maxCode : 0;
            freq[node] = 1;
            _depth[node] = 0;
            _optLen--;
            if (tree.StaticLength is { } fixedLength) _staticLen -= fixedLength[node];
        }
        tree.MaxCode = maxCode;
        for (var n = _heapLen / 2; n >= 1; n--) DownHeap(freq, n);
        var next = tree.Elems;
        do
        {
            var a = _heap[1];
            _heap[1] = _heap[_heapLen--];
            DownHeap(freq, 1);
            var b = _heap[1];
            _heap[--_heapMax] = a;
            _heap[--_heapMax] = b;
            freq[next] = (ushort)(freq[a] + freq[b]);
            _depth[next] = (byte)(System.Math.Max(_depth[a], _depth[b]) + 1);
            dl[a] = dl[b] = (ushort)next;
            _heap[1] = next++;
            DownHeap(freq, 1);
        }
        while (_heapLen >= 2);
        _heap[--_heapMax] = _heap[1];
        AssignLengths(tree);
        AssignCodes(freq, dl, maxCode, _lengthCount);
    }

    /// <summary>Bit lengths from the tree's shape, limited to the tree's maximum; adds the block's cost to the running totals.</summary>
    private void AssignLengths(HuffmanTree tree)
    {
        var freq = tree.Fc;
        var dl = tree.Dl;
        var maxCode = tree.MaxCode;
        var maxLength = tree.MaxLength;
        var fixedLength = tree.StaticLength;
        Array.Clear(_lengthCount);
        dl[_heap[_heapMax]] = 0;
        var overflow = 0;
        int h;
        for (h = _heapMax + 1; h < HeapSize; h++)
        {
            var n = _heap[h];
            var bits = dl[dl[n]] + 1;
            if (bits > maxLength)
            {
                bits = maxLength;
                overflow++;
            }
            dl[n] = (ushort)bits;
            if (n > maxCode) continue;
            _lengthCount[bits]++;
            var xbits = n >= tree.ExtraBase ? tree.ExtraBits[n - tree.ExtraBase] : 0;
            long f = freq[n];
            _optLen += f * (bits + xbits);
            if (fixedLength is not null) _staticLen += f * (fixedLength[n] + xbits);
        }
        if (overflow == 0) return;
        do
        {
            var bits = maxLength - 1;
            while (_lengthCount[bits] == 0) bits--;
            _lengthCount[bits]--;
            _lengthCount[bits + 1] += 2;
            _lengthCount[maxLength]--;
            overflow -= 2;
        }
        while (overflow > 0);
        // Hand the lengths out again, longest to the least frequent (the heap's tail is in frequency order).
        for (var bits = maxLength; bits != 0; bits--)
        {
            int n = _lengthCount[bits];
            while (n != 0)
            {
                var m = _heap[--h];
                if (m > maxCode) continue;
                if (dl[m] != bits)
                {
                    _optLen += ((long)bits - dl[m]) * freq[m];
                    dl[m] = (ushort)bits;
                }
                n--;
            }
        }
    }

    /// <summary>Counts the code length codes (with run-length codes 16-18) that sending this tree's lengths takes.</summary>
    private void ScanTree(ushort[] lengths, int maxCode)
    {
        var blFreq = _blTree.Fc;
        var prevLen = -1;
        int nextLen = lengths[0];
        var count = 0;
        var (maxCount, minCount) = nextLen == 0 ? (138, 3) : (7, 4);
        lengths[maxCode + 1] = 0xFFFF;
        for (var n = 0; n <= maxCode; n++)
        {
            var curLen = nextLen;
            nextLen = lengths[n + 1];
            if (++count < maxCount && curLen == nextLen) continue;
            if (count < minCount)
            {
                blFreq[curLen] += (ushort)count;
            }
            else if (curLen != 0)
            {
                if (curLen != prevLen) blFreq[curLen]++;
                blFreq[Rep3To6]++;
            }
            else if (count <= 10)
            {
                blFreq[RepZero3To10]++;
            }
            else
            {
                blFreq[RepZero11To138]++;
            }
            count = 0;
            prevLen = curLen;
            (maxCount, minCount) = nextLen == 0 ? (138, 3) : curLen == nextLen ? (6, 3) : (7, 4);
        }
    }

    private void SendTree(ushort[] lengths, int maxCode)
    {
        var blCode = _blTree.Fc;
        var blLen = _blTree.Dl;
        var prevLen = -1;
        int nextLen = lengths[0];
        var count = 0;
        var (maxCount, minCount) = nextLen == 0 ? (138, 3) : (7, 4);
        for (var n = 0; n <= maxCode; n++)
        {
            var curLen = nextLen;
            nextLen = lengths[n + 1];
            if (++count < maxCount && curLen == nextLen) continue;
            if (count < minCount)
            {
                do SendBits(blCode[curLen], blLen[curLen]);
                while (--count != 0);
            }
            else if (curLen != 0)
            {
                if (curLen != prevLen)
                {
                    SendBits(blCode[curLen], blLen[curLen]);
                    count--;
                }
                SendBits(blCode[Rep3To6], blLen[Rep3To6]);
                SendBits(count - 3, 2);
            }
            else if (count <= 10)
            {
                SendBits(blCode[RepZero3To10], blLen[RepZero3To10]);
                SendBits(count - 3, 3);
            }
            else
            {
                SendBits(blCode[RepZero11To138], blLen[RepZero11To138]);
                SendBits(count - 11, 7);
            }
            count = 0;
            prevLen = curLen;
            (maxCount, minCount) = nextLen == 0 ? (138, 3) : curLen == nextLen ? (6, 3) : (7, 4);
        }
    }

    /// <summary>Builds the code length tree; returns the index in BlOrder of the last code length code sent.</summary>
    private int BuildCodeLengthTree()
    {
        ScanTree(_lTree.Dl, _lTree.MaxCode);
        ScanTree(_dTree.Dl, _dTree.MaxCode);
        BuildTree(_blTree);
        int maxBlIndex;
        for (maxBlIndex = BlCodes - 1; maxBlIndex >= 3; maxBlIndex--)
        {
            if (_blTree.Dl[BlOrder[maxBlIndex]] != 0) break;
        }
        _optLen += 3 * ((long)maxBlIndex + 1) + 5 + 5 + 4;
        return maxBlIndex;
    }

    private void SendAllTrees(int lCodes, int dCodes, int blCodes)
    {
        SendBits(lCodes - 257, 5);
        SendBits(dCodes - 1, 5);
        SendBits(blCodes - 4, 4);
        for (var rank = 0; rank < blCodes; rank++) SendBits(_blTree.Dl[BlOrder[rank]], 3);
        SendTree(_lTree.Dl, lCodes - 1);
        SendTree(_dTree.Dl, dCodes - 1);
    }
}
