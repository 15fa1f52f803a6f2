namespace PyPack.Runtime.Objects;

/// <summary>
/// Python's str: a sequence of code points held in a .NET string. Lengths and indexes count
/// code points; strings without surrogate pairs (almost all) take the direct UTF-16 path.
/// </summary>
public class PyStr : PyObject
{
    public static readonly PyType TypeObject = StrMethods.CreateType();
    public static readonly PyStr Empty = new("");

    private const int Unknown = -1, UnknownConcatenated = -2;

    // Four fields, as small as before append buffers: the code point count (computed on first
    // need; UnknownConcatenated also marks a result of '+', which a second '+' moves into an
    // append buffer), the UTF-16 length, the hash, and the characters: a string, or the
    // StrAppendBuffer this str is a prefix of.
    private int _codePoints = Unknown;
    private readonly int _length;
    private long _hash = -1;
    private object _value;

    public PyStr(string value)
    {
        _value = value;
        _length = value.Length;
    }

    private PyStr(StrAppendBuffer buffer, int length, int codePoints)
    {
        _value = buffer;
        _length = length;
        _codePoints = codePoints;
    }

    public string Value => _value as string ?? Materialize();

    private string Materialize()
    {
        var s = ((StrAppendBuffer)_value).Prefix(_length);
        _value = s;
        return s;
    }

    public override PyType Type => TypeObject;

    /// <summary>This value as an exact str (a copy for an instance of a subclass).</summary>
    public PyStr Exact() => GetType() == typeof(PyStr) ? this : new PyStr(Value);
    public override string Repr() => StrRepr.Of(Value);
    public override string Str() => Value;
    public override bool IsTrue() => _length != 0;

    public override long Hash()
    {
        if (_hash == -1) _hash = StrHash.Of(Value);
        return _hash;
    }

    /// <summary>The number of code points.</summary>
    public int CodePointCount
    {
        get
        {
            if (_codePoints < 0) _codePoints = CountCodePoints(Value);
            return _codePoints;
        }
    }

    public bool HasSurrogatePairs => CodePointCount != _length;

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
        throw Errors.TypeError($"string indices must be integers, not '{key.Type.Name}'");
    }

    private PyStr Slice(PySlice s)
    {
        var (start, stop, step, count) = s.Indices(CodePointCount);
        if (count == 0) return Empty;
        if (step == 1 && !HasSurrogatePairs) return count == Value.Length ? this : new PyStr(Value.Substring((int)start, (int)count));
        if (step == 1)
        {
            var from = OffsetOf((int)start);
            return new PyStr(Value[from..OffsetOf((int)stop)]);
        }
        var sb = new System.Text.StringBuilder((int)count);
        for (long k = 0, j = start; k < count; k++, j += step) sb.Append(CharAt((int)j).Value);
        return new PyStr(sb.ToString());
    }

    public override bool? Contains(PyObject value)
    {
        if (value is not PyStr s) throw Errors.TypeError($"'in <string>' requires string as left operand, not {value.Type.Name}");
        return Value.Contains(s.Value, StringComparison.Ordinal);
    }

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other)
    {
        switch (op)
        {
            case BinaryOperator.Add when other is PyStr s:
                return s._length == 0 ? Exact() : _length == 0 ? s.Exact() : Concat(s.Value);
            case BinaryOperator.Mult when other is PyInt n:
                return Repeat(n);
            case BinaryOperator.Mod:
                return new PyStr(Formatting.PercentFormat.Format(Value, other));
            default:
                return null;
        }
    }

    /// <summary>
    /// this + <paramref name="tail"/>. A str that is itself the result of '+' (a likely loop
    /// accumulator) moves into an append buffer, and the str at the buffer's end extends it in
    /// place, so building a string by <c>s += x</c> costs O(len(x)) per step as in CPython.
    /// </summary>
    private PyStr Concat(string tail)
    {
        if ((long)_length + tail.Length > Array.MaxLength) throw Errors.MemoryError();
        if (_value is StrAppendBuffer buffer && buffer.Length == _length)
        {
            var codePoints = ConcatCodePoints(tail);
            buffer.Append(tail);
            return new PyStr(buffer, buffer.Length, codePoints);
        }
        if (_codePoints == UnknownConcatenated && _length >= 64 && GetType() == typeof(PyStr))
        {
            _ = CodePointCount; // counted once here, then carried along the appends
            var codePoints = ConcatCodePoints(tail);
            var fresh = new StrAppendBuffer(Value, tail);
            return new PyStr(fresh, fresh.Length, codePoints);
        }
        return new PyStr(string.Concat(Value, tail)) { _codePoints = UnknownConcatenated };
    }

    /// <summary>The code point count of this + tail when this one's is known, else unknown (counted on demand).</summary>
    private int ConcatCodePoints(string tail)
    {
        if (_codePoints < 0 || tail.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0) return Unknown;
        var last = _value is string v ? v[^1] : ((StrAppendBuffer)_value).CharAt(_length - 1);
        return char.IsSurrogate(last) ? Unknown : _codePoints + tail.Length;
    }

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
        if (op is CompareOp.Eq or CompareOp.Ne) return PyBool.From((op == CompareOp.Eq) == string.Equals(Value, s.Value, StringComparison.Ordinal));
        return PyBool.From(op.Holds(StrComparison.CompareCodePoints(Value, s.Value)));
    }

    public override PyIterator Iter() => new StrIterator(this);
}
