using System.Buffers;
using System.Runtime.CompilerServices;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>str: split/rsplit/splitlines, partition, strip.</summary>
internal static partial class StrMethods
{
    private static void AddSplitMethods(PyType type)
    {
        type.Method("split", static (self, args, kw) => SplitCall("split", self, args, kw, reverse: false),
            args0: static self => SplitWords((PyStr)self),
            args1: static (self, sep) => Split(self, sep, null, reverse: false),
            items0: static self => WhitespaceScan.Words((PyStr)self),
            items1: static (self, sep) => SplitLazily((PyStr)self, sep),
            unpack1: static (self, sep, into) => SplitInto((PyStr)self, sep, into));
        type.Method("rsplit", static (self, args, kw) => SplitCall("rsplit", self, args, kw, reverse: true));
        type.Method("splitlines", static (self, args, kw) =>
        {
            var n = Args.PositionalCount(args, kw);
            Args.OnlyKeywords("splitlines", kw, "keepends");
            if (n > 1) throw Errors.TypeError($"splitlines() takes at most 1 argument ({n} given)");
            var keep = n > 0 ? args[0] : Args.Keyword(args, kw, "keepends");
            return WholeAsItself((PyStr)self, SplitLines((PyStr)self, keep is not null && Truth.IsTrue(keep)));
        },
            args0: static self => WholeAsItself((PyStr)self, SplitLines((PyStr)self, keepEnds: false)),
            args1: static (self, keep) => WholeAsItself((PyStr)self, SplitLines((PyStr)self, Truth.IsTrue(keep))));
        type.Method("partition", static (self, x) => Partition(self, x, reverse: false),
            unpack1: static (self, x, into) => PartitionInto((PyStr)self, x, into, reverse: false));
        type.Method("rpartition", static (self, x) => Partition(self, x, reverse: true),
            unpack1: static (self, x, into) => PartitionInto((PyStr)self, x, into, reverse: true));
        type.Method("strip", static (self, args, kw) => Strip("strip", self, args, kw, left: true, right: true),
            args0: static self => Strip("strip", self, null, left: true, right: true),
            args1: static (self, chars) => Strip("strip", self, chars, left: true, right: true));
        type.Method("lstrip", static (self, args, kw) => Strip("lstrip", self, args, kw, left: true, right: false),
            args0: static self => Strip("lstrip", self, null, left: true, right: false),
            args1: static (self, chars) => Strip("lstrip", self, chars, left: true, right: false));
        type.Method("rstrip", static (self, args, kw) => Strip("rstrip", self, args, kw, left: false, right: true),
            args0: static self => Strip("rstrip", self, null, left: false, right: true),
            args1: static (self, chars) => Strip("rstrip", self, chars, left: false, right: true));
    }

    private static PyObject SplitCall(string name, PyObject self, ReadOnlySpan<PyObject> args, string[]? kw, bool reverse)
    {
        var n = Args.PositionalCount(args, kw);
        Args.OnlyKeywords(name, kw, "sep", "maxsplit");
        if (n > 2) throw Errors.TypeError($"{name}() takes at most 2 arguments ({n} given)");
        var sepArg = n > 0 ? args[0] : Args.Keyword(args, kw, "sep");
        var maxArg = n > 1 ? args[1] : Args.Keyword(args, kw, "maxsplit");
        return Split(self, sepArg, maxArg, reverse);
    }

    /// <summary><c>s.split()</c>: the words, in a list sized once by a first (vectorised) count.</summary>
    private static PyList SplitWords(PyStr self)
    {
        var s = self.Chars;
        var list = new PyList(WhitespaceScan.CountWords(s));
        WhitespaceScan.Split(s, list, self.PiecesUnpaired);
        return WholeAsItself(self, list);
    }

    private static PyObject Split(PyObject self, PyObject? sepArg, PyObject? maxArg, bool reverse)
    {
        // The separator's characters are read in place (an inline str's Value is a new string).
        var sepStr = sepArg switch
        {
            null or PyNone => null,
            PyStr ss => ss,
            _ => throw Errors.TypeError($"must be str or None, not {sepArg.Type.TpName}"),
        };
        var max = maxArg is null ? -1 : Conversions.ToIndex(maxArg);
        if (max < 0) max = long.MaxValue;
        if (sepStr is not null && sepStr.Chars.Length == 0) throw Errors.ValueError("empty separator");
        // Without maxsplit, rsplit() finds the same words as split().
        if (sepStr is null && max == long.MaxValue) return SplitWords((PyStr)self);
        var sep = sepStr is null ? default : sepStr.Chars;
        var s = ((PyStr)self).Chars;
        // Pieces go straight into the list as strs: no intermediate List<string>. Splitting on a
        // separator without maxsplit sizes the list from a (vectorised) count first, so a big
        // split does not regrow its array, each regrowth past 85 KB a large-object allocation
        // that brings on a full collection.
        var list = sepStr is not null && max == long.MaxValue && s.Length > 64
            ? new PyList(s.Count(sep) + 1)
            : new PyList();
        var unpaired = ((PyStr)self).PiecesUnpaired;
        if (sepStr is null) SplitWhitespace(list, s, max, reverse, unpaired);
        else SplitOn(list, s, sep, max, reverse, unpaired);
        if (reverse) list.Reverse();
        return WholeAsItself((PyStr)self, list);
    }

    /// <summary>A split that found nothing to split holds an exact str itself, as CPython's does (not a copy).</summary>
    private static PyList WholeAsItself(PyStr self, PyList list)
    {
        if (list.Count == 1 && PyStr.IsExact(self) && ((PyStr)list.Items[0]).Chars.Length == self.Chars.Length) list[0] = self;
        return list;
    }

    /// <summary>
    /// The pieces of <c>s.split(sep)</c> one at a time for a for loop (see
    /// <see cref="PyBuiltinMethod.LazyItems1"/>): each line of a big text can die young instead
    /// of the whole list being promoted by the GC. Null (the call decides) unless sep is a str.
    /// </summary>
    private static PyIterator? SplitLazily(PyStr self, PyObject sepArg)
    {
        if (sepArg is not PyStr sepStr) return null;
        if (sepStr.Chars.Length == 0) throw Errors.ValueError("empty separator");
        return new SplitIterator(self, sepStr, self.PiecesUnpaired);
    }

    // Holds the strs and reads their characters in place at each step: an inline str's Value
    // would be a new string per call (a short `v.split(".")` made two strings before its pieces).
    private sealed class SplitIterator(PyStr s, PyStr sep, bool unpaired) : PyIterator
    {
        private int _pos;
        private bool _done;

        // The iterator of the list split() would have made (a for loop never shows it).
        public override PyType Type => ListIterator.TypeObject;

        public override PyObject? Next()
        {
            if (_done) return null;
            var text = s.Chars;
            var separator = sep.Chars;
            var i = IndexOfSeparator(text, separator, _pos);
            if (i < 0)
            {
                _done = true;
                // Nothing split off: an exact str is its own only piece, as in split()'s list.
                if (_pos == 0 && PyStr.IsExact(s)) return s;
                return Piece(unpaired, text[_pos..]);
            }
            var piece = Piece(unpaired, text.Slice(_pos, i - _pos));
            _pos = i + separator.Length;
            return piece;
        }
    }

    private static int IndexOfSeparator(ReadOnlySpan<char> s, ReadOnlySpan<char> sep, int from)
    {
        var i = sep.Length == 1 ? s[from..].IndexOf(sep[0]) : s[from..].IndexOf(sep);
        return i < 0 ? i : i + from;
    }

    /// <summary>
    /// <c>a, b = s.split(sep)</c> without the list (see <see cref="PyBuiltinMethod.UnpackItems1"/>):
    /// the separators are found first, the pieces made only when they are as many as the targets.
    /// </summary>
    private static int SplitInto(PyStr self, PyObject sepArg, PyObject[] into)
    {
        if (sepArg is not PyStr sepStr || into.Length is 0 or > 16) return -1;
        var sep = sepStr.Chars;
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        var s = self.Chars;
        Span<int> at = stackalloc int[into.Length];
        var found = 0;
        for (var pos = 0; ; pos = at[found++] + sep.Length)
        {
            var i = IndexOfSeparator(s, sep, pos);
            if (i < 0) break;
            // One separator more than the targets allow: too many pieces, however many follow.
            if (found == into.Length - 1) return into.Length + 1;
            at[found] = i;
        }
        if (found != into.Length - 1) return found + 1;
        if (found == 0)
        {
            ObjectArrays.Store(into, 0, self); // CPython's list holds the str itself
            return 1;
        }
        var unpaired = self.PiecesUnpaired;
        var start = 0;
        // Stores through a span: compiled code's array is exactly a PyObject[], checked once here
        // instead of a covariant-store type check for each piece.
        var slots = into.AsSpan();
        for (var k = 0; k < found; k++)
        {
            slots[k] = Piece(unpaired, s[start..at[k]]);
            start = at[k] + sep.Length;
        }
        slots[found] = Piece(unpaired, s[start..]);
        return into.Length;
    }

    private static void SplitWhitespace(PyList parts, ReadOnlySpan<char> s, long max, bool reverse, bool unpaired)
    {
        if (!reverse)
        {
            var i = 0;
            while (true)
            {
                while (i < s.Length && IsSpace(s[i])) i++;
                if (i >= s.Length) break;
                if (parts.Count >= max)
                {
                    parts.Append(Piece(unpaired, s[i..]));
                    break;
                }
                var start = i;
                while (i < s.Length && !IsSpace(s[i])) i++;
                parts.Append(Piece(unpaired, s[start..i]));
            }
            return;
        }
        var j = s.Length;
        while (true)
        {
            while (j > 0 && IsSpace(s[j - 1])) j--;
            if (j <= 0) break;
            if (parts.Count >= max)
            {
                parts.Append(Piece(unpaired, s[..j]));
                break;
            }
            var end = j;
            while (j > 0 && !IsSpace(s[j - 1])) j--;
            parts.Append(Piece(unpaired, s[j..end]));
        }
    }

    private static void SplitOn(PyList parts, ReadOnlySpan<char> s, ReadOnlySpan<char> sep, long max, bool reverse, bool unpaired)
    {
        if (!reverse)
        {
            var pos = 0;
            while (parts.Count < max)
            {
                var i = IndexOfSeparator(s, sep, pos);
                if (i < 0) break;
                parts.Append(Piece(unpaired, s[pos..i]));
                pos = i + sep.Length;
            }
            parts.Append(Piece(unpaired, s[pos..]));
            return;
        }
        var end = s.Length;
        while (parts.Count < max && end >= sep.Length)
        {
            var i = s[..end].LastIndexOf(sep);
            if (i < 0) break;
            parts.Append(Piece(unpaired, s[(i + sep.Length)..end]));
            end = i;
        }
        parts.Append(Piece(unpaired, s[..end]));
    }

    /// <summary>A piece of a str's text; see <see cref="PyStr.Unpaired"/>.</summary>
    /// One-character pieces are the shared Latin-1 strs, as in CPython.
    // An empty or one-character piece is the shared str, as CPython's (no object for "a,,b"'s middle).
    private static PyStr Piece(bool unpaired, ReadOnlySpan<char> text) => text.Length switch
    {
        0 => PyStr.Empty,
        1 => StrCache.OfChar(text[0]),
        _ => unpaired ? PyStr.Unpaired(text) : PyStr.Of(text),
    };

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    // str.splitlines' line boundaries (str.isspace's line breaks, CPython's BLOOM_LINEBREAK set).
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029");

    /// <summary>
    /// The lines of <paramref name="self"/>, read in place; each becomes one str (inline when short;
    /// the shared '' or one-character str as CPython's). One scan notes where each line ends and
    /// the next starts, so the list is allocated once at its final size (a big text's list never
    /// regrows through the large object heap) without a second scan to count them.
    /// </summary>
    [SkipLocalsInit] // the bounds are written before they are read
    private static PyList SplitLines(PyStr self, bool keepEnds)
    {
        var s = self.Chars;
        // A line break is never half of a surrogate pair: lines of a text without pairs have none.
        var unpaired = self.PiecesUnpaired;
        // Two ints a line: the end of its text and the start of the next line.
        Span<int> bounds = stackalloc int[128];
        int[]? rented = null;
        var n = 0;
        for (var i = 0; i < s.Length;)
        {
            var end = NextLineBreak(s, i);
            i = end == s.Length ? end : end + (s[end] == '\r' && end + 1 < s.Length && s[end + 1] == '\n' ? 2 : 1);
            if (n == bounds.Length)
            {
                var larger = ArrayPool<int>.Shared.Rent(n * 2);
                bounds.CopyTo(larger);
                if (rented is not null) ArrayPool<int>.Shared.Return(rented);
                bounds = rented = larger;
            }
            bounds[n++] = end;
            bounds[n++] = i;
        }
        var list = new PyList(n / 2);
        var start = 0;
        for (var k = 0; k < n; k += 2)
        {
            var next = bounds[k + 1];
            list.Append(Piece(unpaired, s[start..(keepEnds ? next : bounds[k])]));
            start = next;
        }
        if (rented is not null) ArrayPool<int>.Shared.Return(rented);
        return list;
    }

    /// <summary>
    /// The index of the first line break at or after <paramref name="from"/>, or the length. Text
    /// between U+0020 and U+0084 holds none: a one-range vectorised search (far cheaper to start
    /// than the search for the ten break characters) finds the first character outside it, after
    /// a look at the first few one at a time (most lines are short); only when that is not a break
    /// (a tab, non-ASCII text) does the general search read the rest.
    /// </summary>
    private static int NextLineBreak(ReadOnlySpan<char> s, int from)
    {
        // The first few characters one at a time: a short line ends before a search would start.
        var k = from;
        var stop = Math.Min(s.Length, from + 8);
        while (k < stop && (uint)(s[k] - 0x20) <= 0x84 - 0x20) k++;
        if (k == stop)
        {
            if (k == s.Length) return k;
            var next = s[k..].IndexOfAnyExceptInRange('\x20', '\x84');
            if (next < 0) return s.Length;
            k += next;
        }
        if (IsLineBreak(s[k])) return k;
        var found = s[(k + 1)..].IndexOfAny(LineBreaks);
        return found < 0 ? s.Length : k + 1 + found;
    }

    /// <summary><c>head, sep, tail = s.partition(x)</c> without the tuple (see <see cref="PyBuiltinMethod.UnpackItems1"/>).</summary>
    private static int PartitionInto(PyStr self, PyObject sepObj, PyObject[] into, bool reverse)
    {
        // A str subclass separator is left to the call (the result holds it).
        if (sepObj is not PyStr sepStr || !PyStr.IsExact(sepObj)) return -1;
        var sep = sepStr.Chars;
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        if (into.Length != 3) return 3;
        var s = self.Chars;
        var i = reverse ? s.LastIndexOf(sep) : s.IndexOf(sep);
        if (i < 0)
        {
            ObjectArrays.Store(into, 0, reverse ? PyStr.Empty : self);
            ObjectArrays.Store(into, 1, PyStr.Empty);
            ObjectArrays.Store(into, 2, reverse ? self : PyStr.Empty);
            return 3;
        }
        var unpaired = self.PiecesUnpaired;
        var slots = into.AsSpan(); // no covariant-store check per item (see SplitInto)
        slots[0] = Piece(unpaired, s[..i]);
        slots[1] = sepObj;
        slots[2] = Piece(unpaired, s[(i + sep.Length)..]);
        return 3;
    }

    private static PyObject Partition(PyObject self, PyObject sepObj, bool reverse)
    {
        var s = ((PyStr)self).Chars;
        var sep = sepObj is PyStr ps ? ps.Chars : throw Errors.TypeError($"must be str, not {sepObj.Type.TpName}");
        if (sep.Length == 0) throw Errors.ValueError("empty separator");
        var i = reverse ? s.LastIndexOf(sep) : s.IndexOf(sep);
        if (i < 0)
        {
            // CPython's result holds the str itself.
            var whole = ((PyStr)self).Exact();
            return reverse
                ? PyTuple.Of(PyStr.Empty, PyStr.Empty, whole)
                : PyTuple.Of(whole, PyStr.Empty, PyStr.Empty);
        }
        var unpaired = ((PyStr)self).PiecesUnpaired;
        return PyTuple.CopyOf([Piece(unpaired, s[..i]), sepObj, Piece(unpaired, s[(i + sep.Length)..])]);
    }

    private static PyObject Strip(string name, PyObject self, ReadOnlySpan<PyObject> args, string[]? kw, bool left, bool right)
    {
        Args.Check("str", name, args, kw, 0, 1);
        return Strip(name, self, args.Length == 1 ? args[0] : null, left, right);
    }

    // strip(",.") and the like: a few characters, where a plain loop beats a vectorised search's set-up.
    private const int FewChars = 8;

    private static bool HasSurrogate(ReadOnlySpan<char> chars)
    {
        if (chars.Length > FewChars) return CharRanges.IndexOfSurrogate(chars) >= 0;
        foreach (var c in chars)
        {
            if (char.IsSurrogate(c)) return true;
        }
        return false;
    }

    private static bool InChars(ReadOnlySpan<char> chars, char c)
    {
        if (chars.Length > FewChars) return chars.Contains(c);
        foreach (var x in chars)
        {
            if (x == c) return true;
        }
        return false;
    }

    private static PyObject Strip(string name, PyObject self, PyObject? charsArg, bool left, bool right)
    {
        var s = ((PyStr)self).Chars;
        // The characters to strip are read in place (an inline str's Value is a new string).
        PyStr? charsStr = null;
        scoped ReadOnlySpan<char> chars = default;
        if (charsArg is not null and not PyNone)
        {
            charsStr = charsArg as PyStr ?? throw Errors.TypeError($"{name} arg must be None or str");
            chars = charsStr.Chars;
            // Nothing to strip (the usual word): an end unit found nowhere among chars' units cannot
            // belong to one of chars' code points, surrogate pairs included.
            if (chars.Length <= FewChars && s.Length > 0 && !(left && InChars(chars, s[0])) && !(right && InChars(chars, s[^1])))
            {
                return ((PyStr)self).Exact();
            }
        }
        int start, end;
        if (charsStr is null || !HasSurrogate(chars))
        {
            // No surrogate to strip: no code unit of a pair in s can match, so UTF-16 units are
            // code points here and no code-point array is needed (whitespace is all in the BMP).
            start = 0;
            end = s.Length;
            if (charsStr is null)
            {
                if (left) while (start < end && IsSpace(s[start])) start++;
                if (right) while (end > start && IsSpace(s[end - 1])) end--;
            }
            else
            {
                if (left) while (start < end && InChars(chars, s[start])) start++;
                if (right) while (end > start && InChars(chars, s[end - 1])) end--;
            }
            if (start == 0 && end == s.Length) return ((PyStr)self).Exact();
            return Piece(((PyStr)self).PiecesUnpaired, s[start..end]);
        }
        var set = CodePoints(charsStr.Value);
        var cps = CodePoints(((PyStr)self).Value);
        start = 0;
        end = cps.Length;
        if (left) while (start < end && Array.IndexOf(set, cps[start]) >= 0) start++;
        if (right) while (end > start && Array.IndexOf(set, cps[end - 1]) >= 0) end--;
        if (start == 0 && end == cps.Length) return ((PyStr)self).Exact();
        // A span, not cps[start..end]: a range of an array links NativeAOT's type loader (see Imports.ResolveRelative).
        return new PyStr(FromCodePoints(cps.AsSpan(start, end - start)));
    }
}
