using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>str: find/index/count, prefix tests, replace, translate and join. Results count code points.</summary>
internal static partial class StrMethods
{
    private static void AddSearchMethods(PyType type)
    {
        // Each method also takes its common one-argument (two for replace) call directly: the
        // same routine, without the general call's argument checks on the way.
        type.Method("find", static (self, args, kw) => PyInt.From(Find("find", self, args, kw, reverse: false)),
            args1: static (self, x) => PyInt.From(Find("find", self, [x], null, reverse: false)));
        type.Method("rfind", static (self, args, kw) => PyInt.From(Find("rfind", self, args, kw, reverse: true)),
            args1: static (self, x) => PyInt.From(Find("rfind", self, [x], null, reverse: true)));
        type.Method("index", static (self, args, kw) => Index("index", self, args, kw, reverse: false),
            args1: static (self, x) => Index("index", self, [x], null, reverse: false));
        type.Method("rindex", static (self, args, kw) => Index("rindex", self, args, kw, reverse: true),
            args1: static (self, x) => Index("rindex", self, [x], null, reverse: true));
        type.Method("count", static (self, args, kw) => Count(self, args, kw),
            args1: static (self, x) => Count(self, [x], null));
        type.Method("startswith", static (self, args, kw) => AffixTest("startswith", self, args, kw, start: true),
            args1: static (self, x) => AffixTest("startswith", self, [x], null, start: true));
        type.Method("endswith", static (self, args, kw) => AffixTest("endswith", self, args, kw, start: false),
            args1: static (self, x) => AffixTest("endswith", self, [x], null, start: false));
        type.Method("replace", static (self, args, kw) =>
        {
            Args.Check("str", "replace", args, kw, 2, 3);
            return Replace((PyStr)self, args[0], args[1], args.Length > 2 ? args[2] : null);
        },
            args2: static (self, old, @new) => Replace((PyStr)self, old, @new, null));
        // Both read the texts in place; the rest is a piece of the str (see Piece).
        type.Method("removeprefix", static (self, x) =>
        {
            var p = x is PyStr ps ? ps.Chars : throw Errors.TypeError($"removeprefix() argument must be str, not {x.Type.TpName}");
            var str = (PyStr)self;
            var s = str.Chars;
            return p.Length > 0 && s.StartsWith(p) ? Piece(str.PiecesUnpaired, s[p.Length..]) : str.Exact();
        });
        type.Method("removesuffix", static (self, x) =>
        {
            var p = x is PyStr ps ? ps.Chars : throw Errors.TypeError($"removesuffix() argument must be str, not {x.Type.TpName}");
            var str = (PyStr)self;
            var s = str.Chars;
            return p.Length > 0 && s.EndsWith(p) ? Piece(str.PiecesUnpaired, s[..^p.Length]) : str.Exact();
        });
        type.Method("join", static (self, x) => Join((PyStr)self, x));
        type.Method("translate", static (self, table) =>
        {
            var sb = new StringBuilder();
            foreach (var c in CodePoints(S(self)))
            {
                PyObject? mapped;
                if (table is PyDict d) mapped = d.TryGet(PyInt.From(c));
                else
                {
                    try
                    {
                        mapped = table.GetItem(PyInt.From(c)) ?? throw Errors.TypeError($"'{table.Type.TpName}' object is not subscriptable");
                    }
                    catch (Exceptions.PyException e) when (e.Value.Type.IsSubtypeOf(Exceptions.ExceptionTypes.LookupError))
                    {
                        mapped = null;
                    }
                }
                if (mapped is null)
                {
                    AppendCodePoint(sb, c);
                    continue;
                }
                switch (mapped)
                {
                    case PyNone: break;
                    case PyStr ms: sb.Append(ms.Value); break;
                    case PyInt mi:
                        if (!mi.IsSmall || mi.Small is < 0 or > 0x10FFFF) throw Errors.ValueError("character mapping must be in range(0x110000)");
                        AppendCodePoint(sb, (int)mi.Small);
                        break;
                    default: throw Errors.TypeError("character mapping must return integer, None or str");
                }
            }
            return new PyStr(sb.ToString());
        });
    }

    /// <summary>
    /// <c>sep.join(iterable)</c>. One exact str joined alone is that str itself, as in CPython.
    /// Texts without surrogate pairs make one only where a high surrogate ends a piece and a low
    /// one starts the next: when no piece has a pair or a surrogate at an end, the result is
    /// stored without scanning its (possibly megabytes of) text again.
    /// </summary>
    public static PyStr Join(PyStr sep, PyObject iterable)
    {
        // An exact list or tuple is read in place (no Python code runs while joining); anything
        // else is first drained into an array, as CPython's PySequence_Fast does.
        PyObject[]? drained = null;
        if (iterable is not (PyList and not PyListSubclass) and not (PyTuple and not PyTupleSubclass))
        {
            if (iterable.Iter() is null) throw Errors.TypeError("can only join an iterable");
            drained = Iteration.ToArray(iterable);
        }
        var items = JoinItems(iterable, drained);
        if (items.Length == 0) return PyStr.Empty;
        if (items.Length == 1 && PyStr.IsExact(items[0])) return Unsafe.As<PyStr>(items[0]);
        var separator = sep.Chars; // in place: an inline str's Value is a new string
        long total = (long)separator.Length * (items.Length - 1);
        var plain = !HasSurrogateEdge(sep);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (!PyStr.IsExact(item) && item is not PyStr) throw Errors.TypeError($"sequence item {i}: expected str instance, {item.Type.TpName} found");
            var s = Unsafe.As<PyStr>(item);
            var v = s.Chars; // once for both the length and the ends
            total += v.Length;
            if (plain && (!s.PiecesUnpaired || HasSurrogateAtEnd(v))) plain = false;
        }
        if (items.Length == 1) return new PyStr(Unsafe.As<PyStr>(items[0]).Value);
        if (total > int.MaxValue) throw Errors.OverflowError("join() result is too long for a Python string");
        if (total <= PyStr.MaxInline)
        {
            // A short result is made on the stack and becomes one object (the str's inline form).
            Span<char> joined = stackalloc char[PyStr.MaxInline];
            var at = 0;
            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0)
                {
                    Utf16Words.Copy(separator, joined[at..]);
                    at += separator.Length;
                }
                var v = Unsafe.As<PyStr>(items[i]).Chars;
                Utf16Words.Copy(v, joined[at..]);
                at += v.Length;
            }
            return plain ? PyStr.Unpaired(joined[..at]) : PyStr.Of(joined[..at]);
        }
        // The items were all checked to be strs above, and nothing between here and there runs Python code.
        var text = string.Create((int)total, new JoinState(sep, iterable, drained), static (dest, state) =>
        {
            var parts = JoinItems(state.Iterable, state.Drained);
            var separator = state.Separator.Chars;
            // Pieces are mostly words and lines: copied without a memmove call each (the sizes were
            // summed above, so each fits where it goes).
            ref var target = ref MemoryMarshal.GetReference(dest);
            var at = 0;
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) at += CopyPiece(separator, ref Unsafe.Add(ref target, at));
                at += CopyPiece(Unsafe.As<PyStr>(parts[i]).Chars, ref Unsafe.Add(ref target, at));
            }
        });
        return plain ? PyStr.Unpaired(text) : new PyStr(text);
    }

    /// <summary>Copies <paramref name="piece"/> to <paramref name="dest"/>, which has room for it: its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CopyPiece(ReadOnlySpan<char> piece, ref char dest)
    {
        if (piece.Length <= 32) Utf16Words.CopyShort(piece, ref dest);
        else piece.CopyTo(MemoryMarshal.CreateSpan(ref dest, piece.Length));
        return piece.Length;
    }

    // string.Create's states are small named structs, not tuples: a ValueTuple of references is
    // shared generic code whose Equals/CompareTo look comparers up at run time, which links
    // NativeAOT's type loader (~130 KB) into every binary.
    private readonly struct JoinState(PyStr separator, PyObject iterable, PyObject[]? drained)
    {
        public readonly PyStr Separator = separator;
        public readonly PyObject Iterable = iterable;
        public readonly PyObject[]? Drained = drained;
    }

    /// <summary>Whether <paramref name="s"/> has a surrogate pair, or a surrogate at either end (one that a neighbour could pair).</summary>
    private static bool HasSurrogateEdge(PyStr s) => !s.PiecesUnpaired || HasSurrogateAtEnd(s.Chars);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasSurrogateAtEnd(ReadOnlySpan<char> v) => v.Length > 0 && (char.IsSurrogate(v[0]) || char.IsSurrogate(v[^1]));

    private static ReadOnlySpan<PyObject> JoinItems(PyObject iterable, PyObject[]? drained) =>
        drained ?? (iterable is PyList l ? l.Items : ((PyTuple)iterable).Items);

    internal static string Replace(string s, string old, string @new, long count)
    {
        if (count < 0) count = long.MaxValue;
        if (count == 0) return s;
        if (old.Length == 0)
        {
            var cps = CodePoints(s);
            var sb = new StringBuilder();
            long done = 0;
            for (var i = 0; i <= cps.Length; i++)
            {
                if (done < count) { sb.Append(@new); done++; }
                if (i < cps.Length) AppendCodePoint(sb, cps[i]);
            }
            return sb.ToString();
        }
        if (count == long.MaxValue) return s.Replace(old, @new, StringComparison.Ordinal);
        // s.replace(a, b, n): the occurrences counted first, then the result written at its exact
        // length (no builder and its chunks).
        var found = 0;
        for (var pos = 0; found < count; found++)
        {
            var i = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (i < 0) break;
            pos = i + old.Length;
        }
        if (found == 0) return s;
        var length = s.Length + (long)found * (@new.Length - old.Length);
        if (length > Array.MaxLength) throw Errors.MemoryError();
        return string.Create((int)length, new ReplaceState(s, old, @new, found), static (dest, state) =>
        {
            var text = state.Text;
            var oldText = state.Old;
            var newText = state.New;
            int from = 0, at = 0;
            for (var k = 0; k < state.Count; k++)
            {
                var i = text.IndexOf(oldText, from, StringComparison.Ordinal);
                text.AsSpan(from, i - from).CopyTo(dest[at..]);
                at += i - from;
                newText.CopyTo(dest[at..]);
                at += newText.Length;
                from = i + oldText.Length;
            }
            text.AsSpan(from).CopyTo(dest[at..]);
        });
    }

    // A named struct for string.Create's state (see JoinState).
    private readonly struct ReplaceState(string text, string old, string @new, int count)
    {
        public readonly string Text = text;
        public readonly string Old = old;
        public readonly string New = @new;
        public readonly int Count = count;
    }

    private static long SliceBound(PyObject o, long fallback)
    {
        if (o is PyNone) return fallback;
        var i = o as PyInt ?? (o.Type.IsHeapType && o.Type.Lookup("__index__") is not null ? Operations.Conversions.Index(o) : throw Errors.TypeError("slice indices must be integers or None or have an __index__ method"));
        return i.IsSmall ? i.Small : (i.Big.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2);
    }

    /// <summary>start/end clamped like a slice, in code points.</summary>
    private static (long Start, long End) Bounds(PyStr s, ReadOnlySpan<PyObject> args, int first)
    {
        long n = s.CodePointCount;
        var start = args.Length > first ? SliceBound(args[first], 0) : 0;
        var end = args.Length > first + 1 ? SliceBound(args[first + 1], n) : n;
        if (start < 0) start = Math.Max(0, start + n);
        if (end < 0) end = Math.Max(0, end + n);
        if (end > n) end = n;
        return (start, end);
    }

    // The argument is handed back as the str itself: its characters are read in place (an inline
    // str's Value would be a new string per call).
    private static (PyStr S, PyStr Sub, long Start, long End) SearchArgs(string name, PyObject self, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
        if (args.Length < 1) throw Errors.TypeError($"{name}() takes at least 1 argument (0 given)");
        if (args.Length > 3) throw Errors.TypeError($"{name}() takes at most 3 arguments ({args.Length} given)");
        var sub = args[0] as PyStr ?? throw Errors.TypeError($"must be str, not {args[0].Type.TpName}");
        var s = (PyStr)self;
        var (start, end) = Bounds(s, args, 1);
        return (s, sub, start, end);
    }

    private static PyObject Index(string name, PyObject self, ReadOnlySpan<PyObject> args, string[]? kw, bool reverse)
    {
        var i = Find(name, self, args, kw, reverse);
        return i >= 0 ? PyInt.From(i) : throw Errors.ValueError("substring not found");
    }

    private static PyObject Count(PyObject self, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var (s, subStr, start, end) = SearchArgs("count", self, args, kw);
        if (start > s.CodePointCount || end < start) return PyInt.Zero;
        var sub = subStr.Chars;
        if (sub.Length == 0) return PyInt.From(end - start + 1);
        // Count in a view of the region: a copy per call costs the length of the rest. The count
        // is of non-overlapping occurrences, as CPython's; one character is counted vectorised.
        var from = s.OffsetOf((int)start);
        var text = s.Chars.Slice(from, s.OffsetOf((int)end) - from);
        return PyInt.From(sub.Length == 1 ? text.Count(sub[0]) : text.Count(sub));
    }

    [SkipLocalsInit] // the short result's stack buffer is written before it is read
    private static PyObject Replace(PyStr self, PyObject oldArg, PyObject newArg, PyObject? countArg)
    {
        // The arguments' characters are read in place: an inline str's Value is a new string.
        var oldStr = oldArg as PyStr ?? throw StrArgError(oldArg, "replace", 1);
        var newStr = newArg as PyStr ?? throw StrArgError(newArg, "replace", 2);
        var old = oldStr.Chars;
        var @new = newStr.Chars;
        var count = countArg is null ? -1 : Conversions.ToIndex(countArg);
        // Nothing replaced (or old and new the same object): CPython hands back the str itself.
        if (count == 0 || ReferenceEquals(oldArg, newArg)) return self.Exact();
        // Pieces of a text without pairs, joined by a non-empty text without a pair or a
        // surrogate at either end, make no pair: no scan. (Removing old can make one.)
        var unpaired = @new.Length > 0 && self.PiecesUnpaired && !HasSurrogateEdge(newStr);
        // A short result is made on the stack and becomes one object (the str's inline form).
        Span<char> shortResult = stackalloc char[PyStr.MaxInline];
        switch (ReplaceShort(self.Chars, old, @new, count < 0 ? long.MaxValue : count, shortResult, out var written))
        {
            case ShortReplace.Unchanged:
                return self.Exact();
            case ShortReplace.Done when written == 0:
                return PyStr.Empty; // everything replaced by nothing: CPython's shared ''
            case ShortReplace.Done:
                return unpaired ? PyStr.Unpaired(shortResult[..written]) : PyStr.Of(shortResult[..written]);
        }
        var s = self.Value;
        var result = Replace(s, oldStr.Value, newStr.Value, count);
        if (ReferenceEquals(result, s)) return self.Exact();
        if (result.Length == 0) return PyStr.Empty;
        return unpaired ? PyStr.Unpaired(result) : new PyStr(result);
    }

    private enum ShortReplace { Unchanged, Done, TooLong }

    /// <summary>
    /// s.replace(old, new, count) of a short text into <paramref name="dest"/>; TooLong when the text
    /// or the result does not fit it, or old is empty (then the general Replace runs).
    /// </summary>
    private static ShortReplace ReplaceShort(ReadOnlySpan<char> s, ReadOnlySpan<char> old, ReadOnlySpan<char> @new, long count, Span<char> dest, out int written)
    {
        written = 0;
        if (old.Length == 0 || s.Length > dest.Length) return ShortReplace.TooLong;
        var pos = 0;
        var found = 0;
        while (found < count)
        {
            var i = IndexOfInShort(s[pos..], old);
            if (i < 0) break;
            if (written + i + @new.Length > dest.Length) return ShortReplace.TooLong;
            Utf16Words.Copy(s.Slice(pos, i), dest[written..]);
            written += i;
            Utf16Words.Copy(@new, dest[written..]);
            written += @new.Length;
            pos += i + old.Length;
            found++;
        }
        if (found == 0) return ShortReplace.Unchanged;
        if (written + s.Length - pos > dest.Length) return ShortReplace.TooLong;
        Utf16Words.Copy(s[pos..], dest[written..]);
        written += s.Length - pos;
        return ShortReplace.Done;
    }

    /// <summary>
    /// Where <paramref name="sub"/> (not empty) first occurs in <paramref name="text"/>, a text of at
    /// most <see cref="PyStr.MaxInline"/> units, or -1: a scan for its first unit, each candidate
    /// compared in place. For texts this short the general search's call and vector set-up cost
    /// more than the scan (a short replace searches twice: the match and the rest after it).
    /// </summary>
    private static int IndexOfInShort(ReadOnlySpan<char> text, ReadOnlySpan<char> sub)
    {
        var first = sub[0];
        var rest = sub[1..];
        for (var i = 0; i <= text.Length - sub.Length; i++)
        {
            if (text[i] == first && text.Slice(i + 1, rest.Length).SequenceEqual(rest)) return i;
        }
        return -1;
    }

    private static long Find(string name, PyObject self, ReadOnlySpan<PyObject> args, string[]? kw, bool reverse)
    {
        var (s, subStr, start, end) = SearchArgs(name, self, args, kw);
        // The argument's own code point count: no str made per call to count it.
        if (start > s.CodePointCount || end - start < subStr.CodePointCount) return -1;
        var from = s.OffsetOf((int)start);
        var to = s.OffsetOf((int)end);
        var region = s.Chars.Slice(from, to - from);
        var sub = subStr.Chars;
        var i = reverse ? region.LastIndexOf(sub) : region.IndexOf(sub);
        if (sub.Length == 0) i = reverse ? region.Length : 0;
        if (i < 0) return -1;
        return s.HasSurrogatePairs ? start + CodePointsIn(region[..i]) : from + i;
    }

    /// <summary>The code points in <paramref name="text"/> (a surrogate pair counts one).</summary>
    private static int CodePointsIn(ReadOnlySpan<char> text)
    {
        var n = text.Length;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1])) { n--; i++; }
        }
        return n;
    }

    private static PyObject AffixTest(string name, PyObject self, ReadOnlySpan<PyObject> args, string[]? kw, bool start)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
        if (args.Length < 1) throw Errors.TypeError($"{name}() takes at least 1 argument (0 given)");
        if (args.Length > 3) throw Errors.TypeError($"{name}() takes at most 3 arguments ({args.Length} given)");
        var s = (PyStr)self;
        var (from, to) = Bounds(s, args, 1);
        if (from > s.CodePointCount) return PyBool.False;
        // The region is a view, not a copy: parsers test src.startswith(x, pos) at every
        // position of a long text, and a copy per test made that quadratic.
        var offset = to < from ? 0 : s.OffsetOf((int)from);
        var region = to < from ? ReadOnlySpan<char>.Empty : s.Chars.Slice(offset, s.OffsetOf((int)to) - offset);
        switch (args[0])
        {
            case PyStr a:
                return PyBool.From(to >= from && Test(region, a.Chars, start));
            case PyTuple t:
                foreach (var item in t.Items)
                {
                    if (item is not PyStr ai) throw Errors.TypeError($"tuple for {name} must only contain str, not {item.Type.TpName}");
                    if (to >= from && Test(region, ai.Chars, start)) return PyBool.True;
                }
                return PyBool.False;
            default:
                throw Errors.TypeError($"{name} first arg must be str or a tuple of str, not {args[0].Type.TpName}");
        }
    }

    private static bool Test(ReadOnlySpan<char> region, ReadOnlySpan<char> affix, bool start) =>
        start ? region.StartsWith(affix) : region.EndsWith(affix);
}
