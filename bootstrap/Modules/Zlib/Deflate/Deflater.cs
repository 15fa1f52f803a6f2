using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyPack.Runtime.Modules.Binascii;

namespace PyPack.Runtime.Modules.Zlib.Deflate;

/// <summary>
/// A deflate stream that writes the bytes zlib 1.2.13 writes for the same parameters and the same
/// sequence of calls (RFC 1950/1951/1952). zlib's output depends on every detail of its algorithm,
/// so this follows it: the level table, the rolling hash of 3 bytes and its chains, greedy (levels 1-3)
/// or lazy (4-9) matching, the 2-window buffer and how it slides, blocks ending when the symbol
/// buffer (sized by memLevel) fills, and stored level 0 blocks sized by the output space a call has.
/// Deflate(flush) is zlib's deflate(): it consumes input, writes at most AvailOut bytes to the
/// output, and keeps the rest pending for the next call.
/// </summary>
public sealed class Deflater
{
    public const int NoFlush = 0;
    public const int PartialFlush = 1;
    public const int SyncFlush = 2;
    public const int FullFlush = 3;
    public const int Finish = 4;
    public const int Block = 5;

    public const int Ok = 0;
    public const int StreamEnd = 1;
    public const int StreamError = -2;
    public const int BufError = -5;

    private const int Filtered = 1;
    private const int HuffmanOnly = 2;
    private const int Rle = 3;

    private const int MinMatch = 3;
    private const int MaxMatch = 258;
    private const int MinLookahead = MaxMatch + MinMatch + 1;
    private const int TooFar = 4096;
    private const int MaxStored = 65535;
    /// <summary>Bytes after the window that the 8-byte match comparison may read (never part of a match).</summary>
    private const int WindowPadding = 8;

    private enum Status
    {
        Init,
        Gzip,
        Busy,
        Finish,
    }

    private enum BlockState
    {
        NeedMore,
        BlockDone,
        FinishStarted,
        FinishDone,
    }

    private readonly int _level;
    private readonly int _strategy;
    private readonly DeflateLevel _config;
    private int _wrap;
    private readonly int _wBits;
    private readonly int _wSize;
    private readonly int _wMask;
    private readonly int _windowSize;
    private byte[] _window;
    private ushort[] _prev;
    private ushort[] _head;
    private readonly int _hashMask;
    private readonly int _hashShift;
    private readonly int _pendingBufSize;
    private DeflateBlockWriter _blocks;

    private Status _status;
    private int _lastFlush = -2;
    private int _insH;
    private int _blockStart;
    private int _matchLength;
    private int _prevMatch;
    private bool _matchAvailable;
    private int _strStart;
    private int _matchStart;
    private int _lookahead;
    private int _prevLength;
    private int _insert;
    private int _highWater;

    private byte[] _input = [];
    private int _nextIn;
    private byte[] _output = new byte[256];
    private int _outputLength;

    /// <param name="wrap">0 raw deflate, 1 zlib, 2 gzip.</param>
    /// <param name="windowBits">9-15 (8 is taken as 9, as zlib does).</param>
    public Deflater(int level, int wrap, int windowBits, int memLevel, int strategy)
    {
        _level = level < 0 ? 6 : level;
        _strategy = strategy;
        _config = DeflateLevel.Table[_level];
        _wrap = wrap;
        _wBits = windowBits == 8 ? 9 : windowBits;
        _wSize = 1 << _wBits;
        _wMask = _wSize - 1;
        _windowSize = 2 * _wSize;
        var hashBits = memLevel + 7;
        _hashMask = (1 << hashBits) - 1;
        _hashShift = (hashBits + MinMatch - 1) / MinMatch;
        _window = new byte[_windowSize + WindowPadding];
        _prev = new ushort[_wSize];
        _head = new ushort[1 << hashBits];
        var literalBufferSize = 1 << (memLevel + 6);
        _pendingBufSize = literalBufferSize * 4;
        _blocks = new DeflateBlockWriter(_level, strategy, literalBufferSize);
        _status = wrap == 2 ? Status.Gzip : Status.Init;
        Checksum = wrap == 2 ? 0u : 1u;
        _matchLength = _prevLength = MinMatch - 1;
    }

    /// <summary>Input bytes not yet consumed.</summary>
    public int AvailIn { get; private set; }

    /// <summary>Room left for output in this call.</summary>
    public int AvailOut { get; set; }

    /// <summary>Adler-32 (zlib) or CRC-32 (gzip) of the input so far.</summary>
    public uint Checksum { get; private set; }

    public long TotalIn { get; private set; }

    public void SetInput(byte[] data, int offset, int count)
    {
        _input = data;
        _nextIn = offset;
        AvailIn = count;
    }

    /// <summary>An independent stream in the same state (Compress.copy()).</summary>
    public Deflater Clone()
    {
        var copy = (Deflater)MemberwiseClone();
        copy._window = (byte[])_window.Clone();
        copy._prev = (ushort[])_prev.Clone();
        copy._head = (ushort[])_head.Clone();
        copy._blocks = _blocks.Clone();
        copy._output = (byte[])_output.Clone();
        return copy;
    }

    /// <summary>The output written since the last call, which empties it.</summary>
    public byte[] TakeOutput()
    {
        var result = _output.AsSpan(0, _outputLength).ToArray();
        _outputLength = 0;
        return result;
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        if (_outputLength + bytes.Length > _output.Length)
        {
            Array.Resize(ref _output, System.Math.Max(_output.Length * 2, _outputLength + bytes.Length));
        }
        bytes.CopyTo(_output.AsSpan(_outputLength));
        _outputLength += bytes.Length;
    }

    /// <summary>Primes the window with a preset dictionary; false where zlib refuses (gzip, or after compressing began).</summary>
    public bool SetDictionary(byte[] dictionary)
    {
        var wrap = _wrap;
        if (wrap == 2 || (wrap == 1 && _status != Status.Init) || _lookahead != 0) return false;
        if (wrap == 1) Checksum = Adler32.Update(Checksum, dictionary);
        _wrap = 0;
        var offset = 0;
        var length = dictionary.Length;
        if (length >= _wSize)
        {
            if (wrap == 0)
            {
                ClearHash();
                _strStart = 0;
                _blockStart = 0;
                _insert = 0;
            }
            offset = length - _wSize;
            length = _wSize;
        }
        var (savedInput, savedNext, savedAvail) = (_input, _nextIn, AvailIn);
        SetInput(dictionary, offset, length);
        FillWindow();
        while (_lookahead >= MinMatch)
        {
            var str = _strStart;
            var n = _lookahead - (MinMatch - 1);
            do
            {
                _insH = ((_insH << _hashShift) ^ _window[str + MinMatch - 1]) & _hashMask;
                _prev[str & _wMask] = _head[_insH];
                _head[_insH] = (ushort)str;
                str++;
            }
            while (--n != 0);
            _strStart = str;
            _lookahead = MinMatch - 1;
            FillWindow();
        }
        _strStart += _lookahead;
        _blockStart = _strStart;
        _insert = _lookahead;
        _lookahead = 0;
        _matchLength = _prevLength = MinMatch - 1;
        _matchAvailable = false;
        SetInput(savedInput, savedNext, savedAvail);
        _wrap = wrap;
        return true;
    }

    /// <summary>zlib's deflate(): Ok, StreamEnd (Finish done), BufError (nothing to do) or StreamError.</summary>
    public int Deflate(int flush)
    {
        if (flush is < 0 or > Block) return StreamError;
        if (_status == Status.Finish && flush != Finish) return StreamError;
        if (AvailOut == 0) return BufError;
        var oldFlush = _lastFlush;
        _lastFlush = flush;
        if (_blocks.PendingCount != 0)
        {
            FlushPending();
            if (AvailOut == 0)
            {
                _lastFlush = -1;
                return Ok;
            }
        }
        else if (AvailIn == 0 && Rank(flush) <= Rank(oldFlush) && flush != Finish)
        {
            return BufError;
        }
        if (_status == Status.Finish && AvailIn != 0) return BufError;
        if (_status == Status.Init && _wrap == 0) _status = Status.Busy;
        if (_status == Status.Init)
        {
            var header = (8 + ((_wBits - 8) << 4)) << 8;
            var levelFlags = _strategy >= HuffmanOnly || _level < 2 ? 0 : _level < 6 ? 1 : _level == 6 ? 2 : 3;
            header |= levelFlags << 6;
            if (_strStart != 0) header |= 0x20;
            header += 31 - (header % 31);
            PutShortMsb(header);
            if (_strStart != 0)
            {
                PutShortMsb((int)(Checksum >> 16));
                PutShortMsb((int)(Checksum & 0xFFFF));
            }
            Checksum = 1;
            _status = Status.Busy;
            FlushPending();
            if (_blocks.PendingCount != 0)
            {
                _lastFlush = -1;
                return Ok;
            }
        }
        if (_status == Status.Gzip)
        {
            Checksum = 0;
            // No name, comment or time: zlib's own header, extra flags from the level, OS 3 (Unix).
            ReadOnlySpan<byte> fixedPart = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0];
            foreach (var b in fixedPart) _blocks.PutByte(b);
            _blocks.PutByte(_level == 9 ? 2 : _strategy >= HuffmanOnly || _level < 2 ? 4 : 0);
            _blocks.PutByte(3);
            _status = Status.Busy;
            FlushPending();
            if (_blocks.PendingCount != 0)
            {
                _lastFlush = -1;
                return Ok;
            }
        }
        if (AvailIn != 0 || _lookahead != 0 || (flush != NoFlush && _status != Status.Finish))
        {
            var state = _level == 0 ? DeflateStored(flush)
                : _strategy == HuffmanOnly ? DeflateHuffman(flush)
                : _strategy == Rle ? DeflateRle(flush)
                : _config.Strategy == DeflateLevel.Kind.Fast ? DeflateFast(flush)
                : DeflateSlow(flush);
            if (state is BlockState.FinishStarted or BlockState.FinishDone) _status = Status.Finish;
            if (state is BlockState.NeedMore or BlockState.FinishStarted)
            {
                if (AvailOut == 0) _lastFlush = -1;
                return Ok;
            }
            if (state == BlockState.BlockDone)
            {
                if (flush == PartialFlush)
                {
                    _blocks.Align();
                }
                else if (flush != Block)
                {
                    _blocks.StoredBlock(null, 0, 0, false);
                    if (flush == FullFlush)
                    {
                        ClearHash();
                        if (_lookahead == 0)
                        {
                            _strStart = 0;
                            _blockStart = 0;
                            _insert = 0;
                        }
                    }
                }
                FlushPending();
                if (AvailOut == 0)
                {
                    _lastFlush = -1;
                    return Ok;
                }
            }
        }
        if (flush != Finish) return Ok;
        if (_wrap <= 0) return StreamEnd;
        if (_wrap == 2)
        {
            var crc = Checksum;
            var size = (uint)TotalIn;
            ReadOnlySpan<byte> trailer = [(byte)crc, (byte)(crc >> 8), (byte)(crc >> 16), (byte)(crc >> 24), (byte)size, (byte)(size >> 8), (byte)(size >> 16), (byte)(size >> 24)];
            foreach (var b in trailer) _blocks.PutByte(b);
        }
        else
        {
            PutShortMsb((int)(Checksum >> 16));
            PutShortMsb((int)(Checksum & 0xFFFF));
        }
        FlushPending();
        // The trailer is written once.
        _wrap = -_wrap;
        return _blocks.PendingCount != 0 ? Ok : StreamEnd;
    }

    private static int Rank(int flush) => flush * 2 - (flush > 4 ? 9 : 0);

    private void PutShortMsb(int b)
    {
        _blocks.PutByte(b >> 8);
        _blocks.PutByte(b & 0xFF);
    }

    /// <summary>Hands as much pending output as there is room for to the output.</summary>
    private void FlushPending()
    {
        _blocks.FlushBits();
        var len = System.Math.Min(_blocks.PendingCount, AvailOut);
        if (len == 0) return;
        Write(_blocks.Pending.AsSpan(_blocks.PendingOut, len));
        _blocks.PendingOut += len;
        AvailOut -= len;
        _blocks.PendingCount -= len;
        if (_blocks.PendingCount == 0) _blocks.PendingOut = 0;
    }

    private void ClearHash() => Array.Clear(_head);

    /// <summary>Takes up to size input bytes into buffer at offset, updating the checksum.</summary>
    private int ReadInput(byte[] buffer, int offset, int size)
    {
        var len = System.Math.Min(AvailIn, size);
        if (len == 0) return 0;
        var chunk = _input.AsSpan(_nextIn, len);
        chunk.CopyTo(buffer.AsSpan(offset));
        if (_wrap == 1) Checksum = Adler32.Update(Checksum, chunk);
        else if (_wrap == 2) Checksum = Crc32.Update(Checksum, chunk);
        _nextIn += len;
        AvailIn -= len;
        TotalIn += len;
        return len;
    }

    /// <summary>Directly copies input to the output (level 0 stored blocks).</summary>
    private void CopyInputToOutput(int len)
    {
        var chunk = _input.AsSpan(_nextIn, len);
        if (_wrap == 1) Checksum = Adler32.Update(Checksum, chunk);
        else if (_wrap == 2) Checksum = Crc32.Update(Checksum, chunk);
        Write(chunk);
        _nextIn += len;
        AvailIn -= len;
        TotalIn += len;
        AvailOut -= len;
    }

    private void SlideHash()
    {
        var wSize = _wSize;
        var head = _head;
        for (var n = 0; n < head.Length; n++)
        {
            int m = head[n];
            head[n] = (ushort)(m >= wSize ? m - wSize : 0);
        }
        var prev = _prev;
        for (var n = 0; n < prev.Length; n++)
        {
            int m = prev[n];
            prev[n] = (ushort)(m >= wSize ? m - wSize : 0);
        }
    }

    private int MaxDist => _wSize - MinLookahead;

    /// <summary>
    /// Reads input into the window while lookahead is short, sliding the upper half down when the
    /// current position nears the end; hashes strings left over from before; zeroes the bytes just
    /// past the data, since matching reads up to MaxMatch bytes ahead regardless of the lookahead.
    /// </summary>
    private void FillWindow()
    {
        var wSize = _wSize;
        do
        {
            var more = _windowSize - _lookahead - _strStart;
            if (_strStart >= wSize + MaxDist)
            {
                Array.Copy(_window, wSize, _window, 0, wSize - more);
                _matchStart -= wSize;
                _strStart -= wSize;
                _blockStart -= wSize;
                if (_insert > _strStart) _insert = _strStart;
                SlideHash();
                more += wSize;
            }
            if (AvailIn == 0) break;
            _lookahead += ReadInput(_window, _strStart + _lookahead, more);
            if (_lookahead + _insert >= MinMatch)
            {
                var str = _strStart - _insert;
                _insH = _window[str];
                _insH = ((_insH << _hashShift) ^ _window[str + 1]) & _hashMask;
                while (_insert != 0)
                {
                    _insH = ((_insH << _hashShift) ^ _window[str + MinMatch - 1]) & _hashMask;
                    _prev[str & _wMask] = _head[_insH];
                    _head[_insH] = (ushort)str;
                    str++;
                    _insert--;
                    if (_lookahead + _insert < MinMatch) break;
                }
            }
        }
        while (_lookahead < MinLookahead && AvailIn != 0);
        if (_highWater < _windowSize)
        {
            var current = _strStart + _lookahead;
            if (_highWater < current)
            {
                var init = System.Math.Min(_windowSize - current, MaxMatch);
                Array.Clear(_window, current, init);
                _highWater = current + init;
            }
            else if (_highWater < current + MaxMatch)
            {
                var init = System.Math.Min(current + MaxMatch - _highWater, _windowSize - _highWater);
                Array.Clear(_window, _highWater, init);
                _highWater += init;
            }
        }
    }

    /// <summary>Inserts the string at str into its hash chain; returns the previous head of the chain.</summary>
    private int InsertString(int str)
    {
        _insH = ((_insH << _hashShift) ^ _window[str + MinMatch - 1]) & _hashMask;
        int head = _head[_insH];
        _prev[str & _wMask] = (ushort)head;
        _head[_insH] = (ushort)str;
        return head;
    }

    /// <summary>
    /// The longest match for the string at the current position along the hash chain from curMatch,
    /// no shorter than the previous match: sets the match start and returns its length (at most the lookahead).
    /// </summary>
    private int LongestMatch(int curMatch)
    {
        var chainLength = _config.Chain;
        var window = _window;
        var scan = _strStart;
        var bestLen = _prevLength;
        var niceMatch = _config.Nice;
        var limit = _strStart > MaxDist ? _strStart - MaxDist : 0;
        var prev = _prev;
        var wMask = _wMask;
        var scanEnd1 = window[scan + bestLen - 1];
        var scanEnd = window[scan + bestLen];
        if (_prevLength >= _config.Good) chainLength >>= 2;
        if (niceMatch > _lookahead) niceMatch = _lookahead;
        ref var origin = ref MemoryMarshal.GetArrayDataReference(window);
        do
        {
            var match = curMatch;
            if (window[match + bestLen] != scanEnd || window[match + bestLen - 1] != scanEnd1
                || window[match] != window[scan] || window[match + 1] != window[scan + 1])
            {
                continue;
            }
            // The third byte is not compared: equal hashes and equal first two bytes imply it (zlib relies on this too).
            var len = MatchLength(ref Unsafe.Add(ref origin, scan), ref Unsafe.Add(ref origin, match));
            if (len > bestLen)
            {
                _matchStart = curMatch;
                bestLen = len;
                if (len >= niceMatch) break;
                scanEnd1 = window[scan + bestLen - 1];
                scanEnd = window[scan + bestLen];
            }
        }
        while ((curMatch = prev[curMatch & wMask]) > limit && --chainLength != 0);
        return bestLen <= _lookahead ? bestLen : _lookahead;
    }

    /// <summary>
    /// How many bytes from the fourth on are equal, plus three, at most MaxMatch. Compares 8 bytes at a
    /// time (little-endian: the first differing byte is the lowest), so it may read up to 5 bytes past
    /// MaxMatch: the window has that much padding.
    /// </summary>
    private static int MatchLength(ref byte a, ref byte b)
    {
        var len = 3;
        while (len < MaxMatch)
        {
            var x = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref a, len)) ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref b, len));
            if (x != 0)
            {
                len += BitOperations.TrailingZeroCount(x) >> 3;
                break;
            }
            len += 8;
        }
        return System.Math.Min(len, MaxMatch);
    }

    /// <summary>Ends the current block at the current position.</summary>
    private void FlushBlockOnly(bool last)
    {
        _blocks.FlushBlock(_blockStart >= 0 ? _window : null, _blockStart, _strStart - _blockStart, last);
        _blockStart = _strStart;
        FlushPending();
    }

    private BlockState FinishBlocks(int flush)
    {
        if (flush == Finish)
        {
            FlushBlockOnly(true);
            return AvailOut == 0 ? BlockState.FinishStarted : BlockState.FinishDone;
        }
        if (_blocks.HasSymbols)
        {
            FlushBlockOnly(false);
            if (AvailOut == 0) return BlockState.NeedMore;
        }
        return BlockState.BlockDone;
    }

    /// <summary>Levels 1-3: take the longest match at each position, without looking one ahead.</summary>
    private BlockState DeflateFast(int flush)
    {
        for (;;)
        {
            if (_lookahead < MinLookahead)
            {
                FillWindow();
                if (_lookahead < MinLookahead && flush == NoFlush) return BlockState.NeedMore;
                if (_lookahead == 0) break;
            }
            var hashHead = 0;
            if (_lookahead >= MinMatch) hashHead = InsertString(_strStart);
            if (hashHead != 0 && _strStart - hashHead <= MaxDist) _matchLength = LongestMatch(hashHead);
            bool full;
            if (_matchLength >= MinMatch)
            {
                full = _blocks.TallyMatch(_strStart - _matchStart, _matchLength - MinMatch);
                _lookahead -= _matchLength;
                if (_matchLength <= _config.Lazy && _lookahead >= MinMatch)
                {
                    _matchLength--;
                    do
                    {
                        _strStart++;
                        InsertString(_strStart);
                    }
                    while (--_matchLength != 0);
                    _strStart++;
                }
                else
                {
                    _strStart += _matchLength;
                    _matchLength = 0;
                    _insH = _window[_strStart];
                    _insH = ((_insH << _hashShift) ^ _window[_strStart + 1]) & _hashMask;
                }
            }
            else
            {
                full = _blocks.TallyLiteral(_window[_strStart]);
                _lookahead--;
                _strStart++;
            }
            if (full)
            {
                FlushBlockOnly(false);
                if (AvailOut == 0) return BlockState.NeedMore;
            }
        }
        _insert = _strStart < MinMatch - 1 ? _strStart : MinMatch - 1;
        return FinishBlocks(flush);
    }

    /// <summary>Levels 4-9: a match is emitted only if the match starting one byte later is not longer.</summary>
    private BlockState DeflateSlow(int flush)
    {
        for (;;)
        {
            if (_lookahead < MinLookahead)
            {
                FillWindow();
                if (_lookahead < MinLookahead && flush == NoFlush) return BlockState.NeedMore;
                if (_lookahead == 0) break;
            }
            var hashHead = 0;
            if (_lookahead >= MinMatch) hashHead = InsertString(_strStart);
            _prevLength = _matchLength;
            _prevMatch = _matchStart;
            _matchLength = MinMatch - 1;
            if (hashHead != 0 && _prevLength < _config.Lazy && _strStart - hashHead <= MaxDist)
            {
                _matchLength = LongestMatch(hashHead);
                if (_matchLength <= 5 && (_strategy == Filtered || (_matchLength == MinMatch && _strStart - _matchStart > TooFar)))
                {
                    _matchLength = MinMatch - 1;
                }
            }
            if (_prevLength >= MinMatch && _matchLength <= _prevLength)
            {
                var maxInsert = _strStart + _lookahead - MinMatch;
                var full = _blocks.TallyMatch(_strStart - 1 - _prevMatch, _prevLength - MinMatch);
                _lookahead -= _prevLength - 1;
                _prevLength -= 2;
                do
                {
                    if (++_strStart <= maxInsert) InsertString(_strStart);
                }
                while (--_prevLength != 0);
                _matchAvailable = false;
                _matchLength = MinMatch - 1;
                _strStart++;
                if (full)
                {
                    FlushBlockOnly(false);
                    if (AvailOut == 0) return BlockState.NeedMore;
                }
            }
            else if (_matchAvailable)
            {
                if (_blocks.TallyLiteral(_window[_strStart - 1])) FlushBlockOnly(false);
                _strStart++;
                _lookahead--;
                if (AvailOut == 0) return BlockState.NeedMore;
            }
            else
            {
                _matchAvailable = true;
                _strStart++;
                _lookahead--;
            }
        }
        if (_matchAvailable)
        {
            _blocks.TallyLiteral(_window[_strStart - 1]);
            _matchAvailable = false;
        }
        _insert = _strStart < MinMatch - 1 ? _strStart : MinMatch - 1;
        return FinishBlocks(flush);
    }

    /// <summary>Z_RLE: matches only at distance one (runs of one byte).</summary>
    private BlockState DeflateRle(int flush)
    {
        var window = _window;
        for (;;)
        {
            if (_lookahead <= MaxMatch)
            {
                FillWindow();
                if (_lookahead <= MaxMatch && flush == NoFlush) return BlockState.NeedMore;
                if (_lookahead == 0) break;
            }
            _matchLength = 0;
            if (_lookahead >= MinMatch && _strStart > 0)
            {
                var scan = _strStart - 1;
                var prev = window[scan];
                if (prev == window[scan + 1] && prev == window[scan + 2] && prev == window[scan + 3])
                {
                    var len = 3;
                    while (len < MaxMatch && window[_strStart + len] == prev) len++;
                    _matchLength = System.Math.Min(len, _lookahead);
                }
            }
            bool full;
            if (_matchLength >= MinMatch)
            {
                full = _blocks.TallyMatch(1, _matchLength - MinMatch);
                _lookahead -= _matchLength;
                _strStart += _matchLength;
                _matchLength = 0;
            }
            else
            {
                full = _blocks.TallyLiteral(window[_strStart]);
                _lookahead--;
                _strStart++;
            }
            if (full)
            {
                FlushBlockOnly(false);
                if (AvailOut == 0) return BlockState.NeedMore;
            }
        }
        _insert = 0;
        return FinishBlocks(flush);
    }

    /// <summary>Z_HUFFMAN_ONLY: literals only.</summary>
    private BlockState DeflateHuffman(int flush)
    {
        for (;;)
        {
            if (_lookahead == 0)
            {
                FillWindow();
                if (_lookahead == 0)
                {
                    if (flush == NoFlush) return BlockState.NeedMore;
                    break;
                }
            }
            _matchLength = 0;
            var full = _blocks.TallyLiteral(_window[_strStart]);
            _lookahead--;
            _strStart++;
            if (full)
            {
                FlushBlockOnly(false);
                if (AvailOut == 0) return BlockState.NeedMore;
            }
        }
        _insert = 0;
        return FinishBlocks(flush);
    }

    /// <summary>
    /// Level 0: stored blocks, copied straight from the input to the output when there is room for a
    /// block of at least the smaller of the window and the pending buffer (or for all of it when
    /// flushing); otherwise gathered in the window and written through the pending buffer.
    /// </summary>
    private BlockState DeflateStored(int flush)
    {
        var minBlock = System.Math.Min(_pendingBufSize - 5, _wSize);
        var last = false;
        var used = AvailIn;
        int len, left, have;
        do
        {
            len = MaxStored;
            have = (_blocks.BitCount + 42) >> 3;
            if (AvailOut < have) break;
            have = AvailOut - have;
            left = _strStart - _blockStart;
            if (len > (long)left + AvailIn) len = left + AvailIn;
            if (len > have) len = have;
            if (len < minBlock && ((len == 0 && flush != Finish) || flush == NoFlush || len != left + AvailIn)) break;
            last = flush == Finish && len == left + AvailIn;
            _blocks.StoredBlock(null, 0, 0, last);
            var p = _blocks.PendingOut + _blocks.PendingCount;
            _blocks.Pending[p - 4] = (byte)len;
            _blocks.Pending[p - 3] = (byte)(len >> 8);
            _blocks.Pending[p - 2] = (byte)~len;
            _blocks.Pending[p - 1] = (byte)(~len >> 8);
            FlushPending();
            if (left != 0)
            {
                if (left > len) left = len;
                Write(_window.AsSpan(_blockStart, left));
                AvailOut -= left;
                _blockStart += left;
                len -= left;
            }
            if (len != 0) CopyInputToOutput(len);
        }
        while (!last);

        used -= AvailIn;
        if (used != 0)
        {
            if (used >= _wSize)
            {
                Array.Copy(_input, _nextIn - _wSize, _window, 0, _wSize);
                _strStart = _wSize;
                _insert = _strStart;
            }
            else
            {
                if (_windowSize - _strStart <= used)
                {
                    _strStart -= _wSize;
                    Array.Copy(_window, _wSize, _window, 0, _strStart);
                    if (_insert > _strStart) _insert = _strStart;
                }
                Array.Copy(_input, _nextIn - used, _window, _strStart, used);
                _strStart += used;
                _insert += System.Math.Min(used, _wSize - _insert);
            }
            _blockStart = _strStart;
        }
        if (_highWater < _strStart) _highWater = _strStart;
        if (last) return BlockState.FinishDone;
        if (flush != NoFlush && flush != Finish && AvailIn == 0 && _strStart == _blockStart) return BlockState.BlockDone;

        have = _windowSize - _strStart;
        if (AvailIn > have && _blockStart >= _wSize)
        {
            _blockStart -= _wSize;
            _strStart -= _wSize;
            Array.Copy(_window, _wSize, _window, 0, _strStart);
            have += _wSize;
            if (_insert > _strStart) _insert = _strStart;
        }
        if (have > AvailIn) have = AvailIn;
        if (have != 0)
        {
            ReadInput(_window, _strStart, have);
            _strStart += have;
            _insert += System.Math.Min(have, _wSize - _insert);
        }
        if (_highWater < _strStart) _highWater = _strStart;

        have = (_blocks.BitCount + 42) >> 3;
        have = System.Math.Min(_pendingBufSize - have, MaxStored);
        minBlock = System.Math.Min(have, _wSize);
        left = _strStart - _blockStart;
        if (left >= minBlock || ((left != 0 || flush == Finish) && flush != NoFlush && AvailIn == 0 && left <= have))
        {
            len = System.Math.Min(left, have);
            last = flush == Finish && AvailIn == 0 && len == left;
            _blocks.StoredBlock(_window, _blockStart, len, last);
            _blockStart += len;
            FlushPending();
        }
        return last ? BlockState.FinishStarted : BlockState.NeedMore;
    }
}
