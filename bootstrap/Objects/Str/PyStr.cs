using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Python's str: a sequence of code points held in a .NET string. Lengths and indexes count
/// code points; strings without surrogate pairs (almost all) take the direct UTF-16 path.
/// </summary>
public class PyStr : PyObject
{
    public static readonly PyType TypeObject = StrMethods.CreateType();
    public static readonly PyStr Empty = new("");

    // Hash states besides a computed hash (CPython's str hash is never -1; a computed hash that
    // equals Concatenated is simply not cached).
    private const long Unhashed = -1, Concatenated = long.MinValue;

    // Two fields (32 bytes with the header, CPython's ASCII str header is 48). _value holds the
    // characters: a string without surrogate pairs (almost all: its length is the code point
    // count), a PairedText (a string with pairs and its code point count), or the
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
        var text = Value; // a buffered str is materialized first
        if (_value is not string) return new PyStr(text);
        var h = _hash;
        return new PyStr(text, h == Concatenated ? Unhashed : h);
    }

    /// <summary>Whether a piece of this str's text can be stored without a scan (see <see cref="Unpaired"/>).</summary>
    internal bool PiecesUnpaired => _value is string || !HasSurrogatePairs;

    private PyStr(StrAppendBuffer buffer, int length)
    {
        _value = buffer;
        _hash = length;
    }

    /// <summary>The string itself when it has no surrogate pairs, else it with its code point count.</summary>
    private static object Classify(string value)
    {
        if (value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return value;
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
        var buffer = (StrAppendBuffer)value;
        var text = buffer.Prefix((int)_hash);
        _value = buffer.HasSurrogates ? Classify(text) : text;
        _hash = Concatenated; // read once, appended to again: start a fresh buffer at the next '+'
        return text;
    }

    /// <summary>The UTF-16 length.</summary>
    private int Utf16Length => _value is string s ? s.Length : SlowUtf16Length();

    private int SlowUtf16Length() => _value is PairedText paired ? paired.Text.Length : (int)_hash;

    public override PyType Type => TypeObject;

    /// <summary>
    /// Whether <paramref name="o"/> is an exact str (not an instance of a subclass). Use this, never
    /// <c>GetType() == typeof(PyStr)</c>: an exact str may be one of several .NET classes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExact(PyObject o) => IsExactClass(o.GetType());

    /// <summary>Whether <paramref name="type"/> is one of the .NET classes of exact strs (see <see cref="IsExact"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExactClass(Type type) => type == typeof(PyStr);

    /// <summary>This value as an exact str (a copy for an instance of a subclass).</summary>
    public PyStr Exact() => IsExact(this) ? this : new PyStr(Value);
    public override string Repr() => StrRepr.Of(Value);
    public override string Str() => Value;
    public override bool IsTrue() => Utf16Length != 0;

    public override long Hash() => TextHash();

    /// <summary>The hash of the text, cached (what <see cref="Hash"/> is for an exact str), called without a virtual hop.</summary>
    internal long TextHash()
    {
        var h = _hash;
        if (h != Unhashed && h != Concatenated && _value is not StrAppendBuffer) return h;
        h = StrHash.Of(Value); // materializes a buffered str first, so _hash is free again
        if (h != Concatenated) _hash = h;
        return h;
    }

    /// <summary>The number of code points.</summary>
    public int CodePointCount => _value is string s ? s.Length : SlowCodePointCount();

    private int SlowCodePointCount()
    {
        if (_value is PairedText paired) return paired.CodePoints;
        var buffer = (StrAppendBuffer)_value;
        if (!buffer.HasSurrogates) return (int)_hash;
        _ = Value;
        return CodePointCount;
    }

    public bool HasSurrogatePairs => _value is not string && CodePointCount != Utf16Length;

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
        if (!HasSurrogatePairs) return StrCache.OfChar(Value[index]);
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
            var n = CodePointCount;
            var idx = i.IsSmall ? i.Small : (i.Big.Sign < 0 ? long.MinValue : long.MaxValue);
            if (idx < 0) idx += n;
            if (idx < 0 || idx >= n) throw Errors.IndexError("string index out of range");
            return CharAt((int)idx);
        }
        if (key is PySlice s) return Slice(s);
        if (key.Type.IsHeapType && key.Type.Lookup("__index__") is not null) return GetItem(Operations.Conversions.Index(key));
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
        if (step == 1 && !HasSurrogatePairs) return count == Value.Length ? Exact() : Unpaired(Value.Substring((int)start, (int)count));
        if (step == 1)
        {
            var from = OffsetOf((int)start);
            return new PyStr(Value[from..OffsetOf((int)(start + count))]);
        }
        var sb = new System.Text.StringBuilder((int)count);
        for (long k = 0, j = start; k < count; k++, j += step) sb.Append(CharAt((int)j).Value);
        return new PyStr(sb.ToString());
    }

    public override bool? Contains(PyObject value)
    {
        if (value is not PyStr s) throw Errors.TypeError($"'in <string>' requires string as left operand, not {value.Type.TpName}");
        return Value.Contains(s.Value, StringComparison.Ordinal);
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
    private PyStr Concat(PyStr other)
    {
        var tail = other.Value;
        var length = Utf16Length;
        if ((long)length + tail.Length > Array.MaxLength) throw Errors.MemoryError();
        if (_value is StrAppendBuffer buffer && buffer.Length == length)
        {
            buffer.Append(tail);
            return new PyStr(buffer, buffer.Length);
        }
        if (_hash == Concatenated && length >= 64 && IsExact(this))
        {
            var fresh = new StrAppendBuffer(Value, tail);
            return new PyStr(fresh, fresh.Length);
        }
        var text = string.Concat(Value, tail);
        // Two texts without surrogate pairs make one only where a high surrogate meets a low
        // one: otherwise the result needs no scan (what Classify would find).
        return _value is string left && other._value is string && !(char.IsHighSurrogate(left[^1]) && char.IsLowSurrogate(tail[0]))
            ? new PyStr(text, Concatenated)
            : new PyStr(text) { _hash = Concatenated };
    }

    /// <summary>
    /// Whether a chain <c>this + b + c</c> may join its pieces at once (see StrChain): an exact
    /// str whose '+' would not start or extend an append buffer.
    /// </summary>
    internal bool JoinsAsHead => _value is string text && (_hash != Concatenated || text.Length < 64) && IsExact(this);

    /// <summary>
    /// <c>a + b + c</c> (c may be null: <c>a + b</c>) for exact strs, in one concatenation: the
    /// text, the object (an operand itself when the others are empty) and the state '+' after '+' gives.
    /// </summary>
    internal static PyStr Join(PyStr a, PyStr b, PyStr? c)
    {
        var x = a.Value;
        var y = b.Value;
        var z = c is null ? "" : c.Value;
        if ((long)x.Length + y.Length + z.Length > Array.MaxLength) throw Errors.MemoryError();
        if (y.Length == 0 && z.Length == 0) return a;
        if (x.Length == 0 && z.Length == 0) return b;
        if (x.Length == 0 && y.Length == 0) return c!;
        var text = string.Concat(x, y, z);
        // Texts without surrogate pairs make one only where a high surrogate meets a low one.
        var unpaired = a._value is string && b._value is string && (c is null || c._value is string)
            && !MakesPair(x, y) && !MakesPair(y.Length == 0 ? x : y, z);
        return unpaired ? new PyStr(text, Concatenated) : new PyStr(text) { _hash = Concatenated };
    }

    private static bool MakesPair(string left, string right) =>
        left.Length > 0 && right.Length > 0 && char.IsHighSurrogate(left[^1]) && char.IsLowSurrogate(right[0]);

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Mult && other is PyInt n ? Repeat(n) : null;

    private PyStr Repeat(PyInt n)
    {
        var count = SequenceRepeat.Count(n, Value.Length);
        if (count == 0) return Empty;
        if (count == 1) return this;
        return new PyStr(new System.Text.StringBuilder(Value.Length * count).Insert(0, Value, count).ToString());
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
        _ => op.Holds(StrComparison.CompareCodePoints(Value, other.Value)),
    };

    /// <summary>Whether the texts are equal: the same object, then lengths, then the characters.</summary>
    internal bool TextEquals(PyStr other) =>
        ReferenceEquals(this, other)
        || (Utf16Length == other.Utf16Length && string.Equals(Value, other.Value, StringComparison.Ordinal));

    public override PyIterator Iter() => new StrIterator(this);
}
