using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Python's str: a sequence of code points held in a .NET string, or (short text without surrogate
/// pairs, see <see cref="MaxInline"/>) inline in the object itself (PyStrInline.cs). Lengths and
/// indexes count code points; strings without surrogate pairs (almost all) take the direct UTF-16
/// path. Hot paths read the text as <see cref="Chars"/>; <see cref="Value"/> makes a new .NET
/// string of an inline str each time (cold paths only).
/// </summary>
public class PyStr : PyObject
{
    public static readonly PyType TypeObject = StrMethods.CreateType();
    public static readonly PyStr Empty = new("");

    // Hash states besides a computed hash (CPython's str hash is never -1; a computed hash that
    // equals Concatenated is simply not cached).
    private const long Unhashed = -1, Concatenated = long.MinValue;

    /// <summary>Texts up to this many UTF-16 units without surrogate pairs can be one object (PyStrInline.cs).</summary>
    public const int MaxInline = 32;

    // Two fields (32 bytes with the header, CPython's ASCII str header is 48). _value holds the
    // characters: a string without surrogate pairs (almost all: its length is the code point
    // count), a PairedText (a string with pairs and its code point count), an InlineLength (the
    // characters are in the object, see PyStrInline.cs), or the
    // StrAppendBuffer this str is a prefix of. _hash is the cached hash, Unhashed, or
    // Concatenated (unhashed, made by '+': a second '+' moves it into an append buffer); while
    // _value is a buffer (never hashed: hashing reads the characters first) it is the prefix length.
    private object _value;
    private long _hash = Unhashed;

    public PyStr(string value)
    {
        _value = Classify(value);
    }

    // Text known to hold no surrogate pair: stored as is, without the scan Classify makes.
    private PyStr(string value, long hash)
    {
        _value = value;
        _hash = hash;
    }

    /// <summary>
    /// The str of <paramref name="text"/> as CPython hands out most results (unicode_result): the
    /// one empty str and the cached one-character Latin-1 strs are shared, so those results make no
    /// object and `"%d" % 5 is "5"` holds as there; any other text is a new str.
    /// </summary>
    public static PyStr Shared(string text) => text.Length switch
    {
        0 => Empty,
        1 when text[0] < 256 => StrCache.OfChar(text[0]),
        _ => new PyStr(text),
    };

    /// <summary>
    /// A str of <paramref name="value"/>, which the caller knows holds no surrogate pair (a piece
    /// of a str without pairs, an ASCII case mapping): no scan for surrogates.
    /// </summary>
    internal static PyStr Unpaired(string value) => new(value, Unhashed);

    /// <summary>
    /// A new str with this one's text (CPython's lower() or upper() of a str they leave unchanged
    /// is a new object too), keeping the hash already computed so a dict lookup with it needs none.
    /// </summary>
    internal PyStr SameText()
    {
        if (_value is InlineLength)
        {
            var copy = Unpaired(Chars);
            copy._hash = _hash == Concatenated ? Unhashed : _hash;
            return copy;
        }
        var text = Value; // a buffered str is materialized first
        if (_value is not string) return new PyStr(text);
        var h = _hash;
        return new PyStr(text, h == Concatenated ? Unhashed : h);
    }

    /// <summary>Whether a piece of this str's text can be stored without a scan (see <see cref="Unpaired"/>).</summary>
    internal bool PiecesUnpaired
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => IsUnpairedForm || !HasSurrogatePairs;
    }

    private PyStr(StrAppendBuffer buffer, int length)
    {
        _value = buffer;
        _hash = length;
    }

    /// <summary>The base of the inline forms: <paramref name="inlineLength"/> characters follow these fields.</summary>
    private protected PyStr(int inlineLength)
    {
        _value = InlineLength.Of[inlineLength];
    }

    /// <summary>A str of <paramref name="text"/>, which holds no surrogate pair: inline when short.</summary>
    internal static PyStr Unpaired(ReadOnlySpan<char> text) => text.Length switch
    {
        <= 8 => new PyStrInline8(text),
        <= 16 => new PyStrInline16(text),
        <= 24 => new PyStrInline24(text),
        <= MaxInline => new PyStrInline32(text),
        _ => new PyStr(new string(text), Unhashed),
    };

    /// <summary>A str of <paramref name="text"/>: inline when short and without surrogates.</summary>
    public static PyStr Of(ReadOnlySpan<char> text) =>
        text.Length <= MaxInline && CharRanges.IndexOfSurrogate(text) < 0 ? Unpaired(text) : new PyStr(new string(text));

    /// <summary><see cref="Shared(string)"/> of a span: the shared empty and one-character strs, else <see cref="Of(ReadOnlySpan{char})"/>.</summary>
    public static PyStr Shared(ReadOnlySpan<char> text) => text.Length switch
    {
        0 => Empty,
        1 when text[0] < 256 => StrCache.OfChar(text[0]),
        _ => Of(text),
    };

    /// <summary><see cref="Shared(ReadOnlySpan{char})"/> of a text known to hold no surrogate pair.</summary>
    internal static PyStr SharedUnpaired(ReadOnlySpan<char> text) => text.Length switch
    {
        0 => Empty,
        1 when text[0] < 256 => StrCache.OfChar(text[0]),
        _ => Unpaired(text),
    };

    /// <summary><c>str(value)</c> of a 64-bit int: ASCII digits, one object.</summary>
    internal static PyStr OfInt(long value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var n, default, System.Globalization.CultureInfo.InvariantCulture);
        return Unpaired(digits[..n]);
    }

    /// <summary>The length of an inline str's text, held in _value: one shared object per length.</summary>
    private sealed class InlineLength(int length)
    {
        public static readonly InlineLength[] Of = Create();
        public readonly int Length = length;

        private static InlineLength[] Create()
        {
            var lengths = new InlineLength[MaxInline + 1];
            for (var i = 0; i < lengths.Length; i++) lengths[i] = new InlineLength(i);
            return lengths;
        }
    }

    /// <summary>The text as UTF-16 (surrogate pairs included): no string is made for an inline str.</summary>
    public ReadOnlySpan<char> Chars
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var value = _value;
            if (value is string s) return s.AsSpan();
            if (value is InlineLength inline) return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<PyStrInline8>(this).First, inline.Length);
            return Value.AsSpan();
        }
    }

    /// <summary>Whether this str's characters are the string <paramref name="text"/> itself (an identity test, no string made).</summary>
    internal bool Holds(string text) => ReferenceEquals(_value, text);

    /// <summary>Whether the text is known to hold no surrogate pair without a look at it (a plain string or inline).</summary>
    private bool IsUnpairedForm
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var value = _value;
            return value is string || value is InlineLength;
        }
    }

    /// <summary>The string itself when it has no surrogate pairs, else it with its code point count.</summary>
    private static object Classify(string value)
    {
        if (CharRanges.IndexOfSurrogate(value.AsSpan()) < 0) return value;
        var count = CountCodePoints(value);
        return count == value.Length ? value : new PairedText(value, count);
    }

    private sealed class PairedText(string text, int codePoints)
    {
        public readonly string Text = text;
        public readonly int CodePoints = codePoints;
    }

    public string Value => _value as string ?? Materialize();

    private string Materialize()
    {
        var value = _value;
        if (value is string done) return done;
        if (value is PairedText paired) return paired.Text;
        // Not kept: a str read as a string would else hold both its characters and the string
        // for the rest of its life (more memory, one more object for the GC). Hot paths read Chars.
        if (value is InlineLength inline) return new string(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<PyStrInline8>(this).First, inline.Length));
        var buffer = (StrAppendBuffer)value;
        var text = buffer.Prefix((int)_hash);
        _value = buffer.HasSurrogates ? Classify(text) : text;
        _hash = Concatenated; // read once, appended to again: start a fresh buffer at the next '+'
        return text;
    }

    /// <summary>The UTF-16 length.</summary>
    private int Utf16Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var value = _value;
            return value is string s ? s.Length : value is InlineLength inline ? inline.Length : SlowUtf16Length();
        }
    }

    private int SlowUtf16Length() => _value is PairedText paired ? paired.Text.Length : (int)_hash;

    public override PyType Type => TypeObject;

    /// <summary>
    /// Whether <paramref name="o"/> is an exact str (not an instance of a subclass). Use this, never
    /// <c>GetType() == typeof(PyStr)</c>: an exact str may be one of several .NET classes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExact(PyObject o) =>
        o.GetType() == typeof(PyStr) || o is PyStrInline8 || o is PyStrInline16 || o is PyStrInline24 || o is PyStrInline32;

    /// <summary>Whether <paramref name="type"/> is one of the .NET classes of exact strs (see <see cref="IsExact"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExactClass(Type type) =>
        type == typeof(PyStr) || type == typeof(PyStrInline8) || type == typeof(PyStrInline16) || type == typeof(PyStrInline24) || type == typeof(PyStrInline32);

    /// <summary>This value as an exact str (a copy for an instance of a subclass).</summary>
    public PyStr Exact() => IsExact(this) ? this : new PyStr(Value);
    public override string Repr() => StrRepr.Of(Chars);
    public override string Str() => Value;
    public override bool IsTrue() => Utf16Length != 0;

    public override long Hash() => TextHash();

    /// <summary>The hash of the text, cached (what <see cref="Hash"/> is for an exact str), called without a virtual hop.</summary>
    /// <remarks>Inlined into the dict and set probes: a cached hash is read in place, only a first hash makes a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long TextHash()
    {
        var h = _hash;
        if (h != Unhashed && h != Concatenated && _value is not StrAppendBuffer) return h;
        return ComputeTextHash();
    }

    private long ComputeTextHash()
    {
        // A buffered str is materialized first (Value), so _hash is free again.
        var h = _value is InlineLength ? StrHash.Of(Chars) : StrHash.Of(Value);
        if (h != Concatenated) _hash = h;
        return h;
    }

    /// <summary>The number of code points.</summary>
    public int CodePointCount
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var value = _value;
            return value is string s ? s.Length : value is InlineLength inline ? inline.Length : SlowCodePointCount();
        }
    }

    private int SlowCodePointCount()
    {
        if (_value is PairedText paired) return paired.CodePoints;
        var buffer = (StrAppendBuffer)_value;
        if (!buffer.HasSurrogates) return (int)_hash;
        _ = Value;
        return CodePointCount;
    }

    public bool HasSurrogatePairs => !IsUnpairedForm && CodePointCount != Utf16Length;

    public override long Length() => CodePointCount;

    private static int CountCodePoints(string s)
    {
        var n = s.Length;
        for (var i = 0; i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        }
        return n;
    }

    /// <summary>The code point at <paramref name="index"/> (0 &lt;= index &lt; length) as a str.</summary>
    public PyStr CharAt(int index)
    {
        if (!HasSurrogatePairs) return StrCache.OfChar(Chars[index]);
        var offset = OffsetOf(index);
        return char.IsHighSurrogate(Value[offset]) && offset + 1 < Value.Length && char.IsLowSurrogate(Value[offset + 1])
            ? new PyStr(Value.Substring(offset, 2))
            : StrCache.OfChar(Value[offset]);
    }

    /// <summary>The UTF-16 offset of code point <paramref name="index"/>.</summary>
    public int OffsetOf(int index)
    {
        if (!HasSurrogatePairs) return index;
        var offset = 0;
        for (var i = 0; i < index; i++)
        {
            offset += char.IsHighSurrogate(Value[offset]) && offset + 1 < Value.Length && char.IsLowSurrogate(Value[offset + 1]) ? 2 : 1;
        }
        return offset;
    }

    public override PyObject? GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            if (!i.IsSmall) throw Operations.Conversions.CannotFit(key);
            var n = CodePointCount;
            var idx = i.Small;
            if (idx < 0) idx += n;
            if (idx < 0 || idx >= n) throw Errors.IndexError("string index out of range");
            return CharAt((int)idx);
        }
        if (key is PySlice s) return Slice(s);
        if (key.Type.IsHeapType && key.Type.Lookup("__index__") is not null)
        {
            var index = Operations.Conversions.Index(key);
            return GetItem(index.IsSmall ? index : throw Operations.Conversions.CannotFit(key));
        }
        throw Errors.TypeError($"string indices must be integers, not '{key.Type.TpName}'");
    }

    private PyStr Slice(PySlice s)
    {
        var (start, _, step, count) = s.Indices(CodePointCount);
        return Slice(start, step, count);
    }

    /// <summary>
    /// The slice of <paramref name="count"/> code points from <paramref name="start"/> by
    /// <paramref name="step"/>, the bounds already adjusted to this str's length.
    /// </summary>
    internal PyStr Slice(long start, long step, long count)
    {
        if (count == 0) return Empty;
        // One character (s[i:i+1] in a scanner) comes from the cache CharAt uses: no allocation.
        if (count == 1) return CharAt((int)start);
        if (step == 1 && !HasSurrogatePairs) return count == Utf16Length ? Exact() : Unpaired(Chars.Slice((int)start, (int)count));
        if (step == 1)
        {
            var from = OffsetOf((int)start);
            return new PyStr(Value[from..OffsetOf((int)(start + count))]);
        }
        if (!HasSurrogatePairs)
        {
            // Every code point is one UTF-16 unit: picked straight from the text (the result is
            // scanned, as lone surrogates put side by side can pair).
            if (count <= MaxInline)
            {
                Span<char> picked = stackalloc char[MaxInline];
                PickEvery(Chars, start, step, picked[..(int)count]);
                return Of(picked[..(int)count]);
            }
            return new PyStr(string.Create((int)count, new SliceState(this, start, step), static (dest, state) => PickEvery(state.Text.Chars, state.Start, state.Step, dest)));
        }
        var sb = new System.Text.StringBuilder((int)count);
        for (long k = 0, j = start; k < count; k++, j += step) sb.Append(CharAt((int)j).Chars);
        return new PyStr(sb.ToString());
    }

    private static void PickEvery(ReadOnlySpan<char> text, long start, long step, Span<char> dest)
    {
        var j = start;
        for (var k = 0; k < dest.Length; k++, j += step) dest[k] = text[(int)j];
    }

    // string.Create's state: a named struct, not a tuple (see StrMethods.JoinState).
    private readonly struct SliceState(PyStr text, long start, long step)
    {
        public readonly PyStr Text = text;
        public readonly long Start = start;
        public readonly long Step = step;
    }

    public override bool? Contains(PyObject value)
    {
        if (value is not PyStr s) throw Errors.TypeError($"'in <string>' requires string as left operand, not {value.Type.TpName}");
        return Chars.IndexOf(s.Chars) >= 0;
    }

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other)
    {
        switch (op)
        {
            case BinaryOperator.Add when other is PyStr s:
                return s.Utf16Length == 0 ? Exact() : Utf16Length == 0 ? s.Exact() : Concat(s);
            case BinaryOperator.Mult when other is PyInt n:
                return Repeat(n);
            case BinaryOperator.Mod:
                return Formatting.PercentFormat.Of(Value, other);
            default:
                return null;
        }
    }

    /// <summary>
    /// this + <paramref name="tail"/>. A str that is itself the result of '+' (a likely loop
    /// accumulator) moves into an append buffer, and the str at the buffer's end extends it in
    /// place, so building a string by <c>s += x</c> costs O(len(x)) per step as in CPython.
    /// </summary>
    [SkipLocalsInit] // the stack buffer is written before it is read
    private PyStr Concat(PyStr other)
    {
        var length = Utf16Length;
        if ((long)length + other.Utf16Length > Array.MaxLength) throw Errors.MemoryError();
        if (_value is StrAppendBuffer buffer && buffer.Length == length)
        {
            buffer.Append(other.Chars); // no string made of an inline str
            return new PyStr(buffer, buffer.Length);
        }
        if (_hash == Concatenated && length >= 64 && IsExact(this))
        {
            var fresh = new StrAppendBuffer(Chars, other.Chars);
            return new PyStr(fresh, fresh.Length);
        }
        var left = Chars;
        var tail = other.Chars;
        // Two texts without surrogate pairs make one only where a high surrogate meets a low
        // one: otherwise the result needs no scan (what Classify would find).
        var unpaired = IsUnpairedForm && other.IsUnpairedForm && !MakesPair(left, tail);
        PyStr result;
        if (unpaired && left.Length + tail.Length <= MaxInline)
        {
            Span<char> joined = stackalloc char[MaxInline];
            ref var at = ref MemoryMarshal.GetReference(joined);
            Utf16Words.CopyShort(left, ref at);
            Utf16Words.CopyShort(tail, ref Unsafe.Add(ref at, left.Length));
            result = Unpaired(joined[..(left.Length + tail.Length)]);
        }
        else
        {
            var text = string.Concat(left, tail);
            result = unpaired ? new PyStr(text, Unhashed) : new PyStr(text);
        }
        result._hash = Concatenated;
        return result;
    }

    /// <summary>
    /// Whether a chain <c>this + b + c</c> may join its pieces at once (see StrChain): an exact
    /// str whose '+' would not start or extend an append buffer.
    /// </summary>
    internal bool JoinsAsHead => (_value is InlineLength || (_value is string text && (_hash != Concatenated || text.Length < 64))) && IsExact(this);

    /// <summary>
    /// <c>a + b + c</c> (c may be null: <c>a + b</c>) for exact strs, in one concatenation: the
    /// text, the object (an operand itself when the others are empty) and the state '+' after '+' gives.
    /// </summary>
    [SkipLocalsInit] // the stack buffer is written before it is read
    internal static PyStr Join(PyStr a, PyStr b, PyStr? c)
    {
        var x = a.Chars;
        var y = b.Chars;
        var z = c is null ? default : c.Chars;
        var total = (long)x.Length + y.Length + z.Length;
        if (total > Array.MaxLength) throw Errors.MemoryError();
        if (y.Length == 0 && z.Length == 0) return a;
        if (x.Length == 0 && z.Length == 0) return b;
        if (x.Length == 0 && y.Length == 0) return c!;
        // Texts without surrogate pairs make one only where a high surrogate meets a low one.
        var unpaired = a.IsUnpairedForm && b.IsUnpairedForm && (c is null || c.IsUnpairedForm)
            && !MakesPair(x, y) && !MakesPair(y.Length == 0 ? x : y, z);
        PyStr result;
        if (unpaired && total <= MaxInline)
        {
            // Three short pieces: copied without a memmove call each (see Utf16Words.CopyShort).
            Span<char> joined = stackalloc char[MaxInline];
            ref var at = ref MemoryMarshal.GetReference(joined);
            Utf16Words.CopyShort(x, ref at);
            Utf16Words.CopyShort(y, ref Unsafe.Add(ref at, x.Length));
            Utf16Words.CopyShort(z, ref Unsafe.Add(ref at, x.Length + y.Length));
            result = Unpaired(joined[..(int)total]);
        }
        else
        {
            var text = string.Concat(x, y, z);
            result = unpaired ? new PyStr(text, Unhashed) : new PyStr(text);
        }
        result._hash = Concatenated;
        return result;
    }

    private static bool MakesPair(ReadOnlySpan<char> left, ReadOnlySpan<char> right) =>
        left.Length > 0 && right.Length > 0 && char.IsHighSurrogate(left[^1]) && char.IsLowSurrogate(right[0]);

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Mult && other is PyInt n ? Repeat(n) : null;

    /// <summary>
    /// this * n: the copies written straight into the result (one object when short), the text read
    /// in place. One copy is the str itself, as CPython's (an exact copy of a subclass instance).
    /// </summary>
    private PyStr Repeat(PyInt n)
    {
        var text = Chars;
        var count = SequenceRepeat.Count(n, text.Length);
        if (count == 0) return Empty;
        if (count == 1) return Exact();
        var total = text.Length * count;
        // Copies of a text without pairs make one only where a copy's high surrogate meets the next one's low.
        var unpaired = PiecesUnpaired && !MakesPair(text, text);
        if (total <= MaxInline)
        {
            Span<char> copies = stackalloc char[MaxInline];
            FillCopies(text, copies[..total]);
            return unpaired ? Unpaired(copies[..total]) : Of(copies[..total]);
        }
        var result = string.Create(total, this, static (dest, self) => FillCopies(self.Chars, dest));
        return unpaired ? new PyStr(result, Unhashed) : new PyStr(result);
    }

    // One copy, then the filled part doubled (as CPython fills it).
    private static void FillCopies(ReadOnlySpan<char> text, Span<char> dest)
    {
        text.CopyTo(dest);
        for (var filled = text.Length; filled < dest.Length; filled *= 2)
        {
            dest[..Math.Min(filled, dest.Length - filled)].CopyTo(dest[filled..]);
        }
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyStr s) return null;
        return PyBool.From(CompareText(s, op));
    }

    /// <summary>The comparison of the two texts (what == or &lt; of two exact strs is).</summary>
    internal bool CompareText(PyStr other, CompareOp op) => op switch
    {
        CompareOp.Eq => TextEquals(other),
        CompareOp.Ne => !TextEquals(other),
        _ => op.Holds(StrComparison.CompareCodePoints(Chars, other.Chars)),
    };

    /// <summary>Whether the texts are equal: the same object, then lengths, then the characters.</summary>
    internal bool TextEquals(PyStr other) =>
        ReferenceEquals(this, other)
        || Chars.SequenceEqual(other.Chars);

    public override PyIterator Iter() => new StrIterator(this);
}
