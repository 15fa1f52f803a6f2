using System.Numerics;
using System.Runtime.Intrinsics;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>str.split()</c> without a separator, 32 characters at a time: a bit mask of which
/// characters are whitespace (as <c>str.isspace</c> defines it) is made with vector compares for
/// ASCII text, and words begin and end where the mask changes. The words are counted first so
/// the result list is allocated once at its final size: a big split then never regrows its
/// array, each regrowth past 85 KB a large-object allocation that brings on a full collection.
/// </summary>
internal static class WhitespaceScan
{
    private const int Block = 32;

    /// <summary>The number of whitespace-separated words in <paramref name="s"/>.</summary>
    public static int CountWords(ReadOnlySpan<char> s)
    {
        var count = 0;
        uint previous = 1; // the character before the text counts as whitespace
        for (var i = 0; i < s.Length; i += Block)
        {
            var m = SpaceMask(s, i);
            count += BitOperations.PopCount(~m & ((m << 1) | previous));
            previous = m >> 31;
        }
        return count;
    }

    /// <summary>Appends the words of <paramref name="s"/> to <paramref name="parts"/> (<paramref name="unpaired"/>: s holds no surrogate pair).</summary>
    public static void Split(ReadOnlySpan<char> s, PyList parts, bool unpaired)
    {
        uint previous = 1;
        var start = -1;
        for (var i = 0; i < s.Length; i += Block)
        {
            var m = SpaceMask(s, i);
            // A set bit where a word starts (a non-space after a space) or ends (a space after a non-space).
            var changes = m ^ ((m << 1) | previous);
            previous = m >> 31;
            while (changes != 0)
            {
                var bit = BitOperations.TrailingZeroCount(changes);
                changes &= changes - 1;
                if ((m & (1u << bit)) == 0) start = i + bit;
                else parts.Append(Piece(s, start, i + bit, unpaired));
            }
        }
        // The mask marks positions past the end as whitespace, so the last word ended inside
        // the last block unless the text ends exactly at a block's end.
        if (previous == 0) parts.Append(Piece(s, start, s.Length, unpaired));
    }

    /// <summary>
    /// The words of <paramref name="s"/> one at a time, for a for loop over <c>s.split()</c>: the
    /// loop sees the same strs in the same order, and each can die young instead of the whole
    /// list living (and being promoted by the GC) until the loop ends.
    /// </summary>
    public static PyIterator Words(PyStr s) => new WordIterator(s.Value, s.PiecesUnpaired);

    private sealed class WordIterator(string s, bool unpaired) : PyIterator
    {
        private int _block = -Block;
        private uint _mask;
        private uint _changes;
        private uint _previous = 1;
        private int _start;
        private bool _done;

        // The iterator of the list split() would have made (a for loop never shows it).
        public override PyType Type => ListIterator.TypeObject;

        public override PyObject? Next()
        {
            while (true)
            {
                if (_changes != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(_changes);
                    _changes &= _changes - 1;
                    if ((_mask & (1u << bit)) == 0) _start = _block + bit;
                    else return Piece(s.AsSpan(), _start, _block + bit, unpaired);
                    continue;
                }
                if (_done) return null;
                _block += Block;
                if (_block >= s.Length)
                {
                    _done = true;
                    return _previous == 0 ? Piece(s.AsSpan(), _start, s.Length, unpaired) : null;
                }
                _mask = SpaceMask(s.AsSpan(), _block);
                _changes = _mask ^ ((_mask << 1) | _previous);
                _previous = _mask >> 31;
            }
        }
    }

    private static PyStr Piece(ReadOnlySpan<char> s, int start, int end, bool unpaired) =>
        end - start == 1 ? StrCache.OfChar(s[start]) : unpaired ? PyStr.Unpaired(s[start..end]) : PyStr.Of(s[start..end]);

    /// <summary>Bit k set when <c>s[start + k]</c> is whitespace or past the end of <paramref name="s"/>.</summary>
    private static uint SpaceMask(ReadOnlySpan<char> s, int start)
    {
        var n = s.Length - start;
        if (Vector128.IsHardwareAccelerated)
        {
            if (n >= Block) return SpaceMask(System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(s.Slice(start, Block)));
            // The last (or only) block of a text: its characters with spaces after them, so a
            // short word list (most calls of split()) is scanned by the vector compares too.
            Span<ushort> padded = stackalloc ushort[Block];
            padded.Fill(' ');
            System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(s[start..]).CopyTo(padded);
            return SpaceMask(padded);
        }
        return ScalarSpaceMask(s, start);
    }

    // Vector compares for 32 ASCII characters; anything else goes character by character.
    private static uint SpaceMask(ReadOnlySpan<ushort> chars)
    {
        var v0 = Vector128.Create(chars);
        var v1 = Vector128.Create(chars[8..]);
        var v2 = Vector128.Create(chars[16..]);
        var v3 = Vector128.Create(chars[24..]);
        var high = Vector128.Create((ushort)0xFF80);
        if (((v0 | v1 | v2 | v3) & high) == Vector128<ushort>.Zero)
        {
            // The 16-bit lane masks narrowed to bytes (all ones or zero either way), so one byte
            // move-mask takes 16 lanes: the 16-bit form has no such instruction on baseline x64
            // and was extracted lane by lane.
            var low = Vector128.Narrow(AsciiSpaces(v0), AsciiSpaces(v1)).ExtractMostSignificantBits();
            var high16 = Vector128.Narrow(AsciiSpaces(v2), AsciiSpaces(v3)).ExtractMostSignificantBits();
            return low | (high16 << 16);
        }
        return ScalarSpaceMask(System.Runtime.InteropServices.MemoryMarshal.Cast<ushort, char>(chars), 0);
    }

    private static uint ScalarSpaceMask(ReadOnlySpan<char> s, int start)
    {
        var n = s.Length - start;
        uint mask = 0;
        var limit = Math.Min(n, Block);
        for (var k = 0; k < limit; k++)
        {
            if (StrMethods.IsSpace(s[start + k])) mask |= 1u << k;
        }
        if (limit < Block) mask |= ~0u << limit;
        return mask;
    }

    /// <summary>The whitespace lanes (all ones) of 8 ASCII characters: ' ', '\t'..'\r', '\x1c'..'\x1f'.</summary>
    private static Vector128<ushort> AsciiSpaces(Vector128<ushort> v) =>
        Vector128.Equals(v, Vector128.Create((ushort)' '))
            | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t')))
            | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)0x1c), Vector128.Create((ushort)3));
}
