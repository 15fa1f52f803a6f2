using System.Text;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Python's bytes and bytearray: one class, a byte buffer, with <see cref="IsByteArray"/> telling
/// the type (bytearray is mutable and unhashable; bytes never changes after construction).
/// </summary>
public partial class PyBytes : PyObject
{
    public static readonly PyType BytesType = BytesMethods.CreateType("bytes");
    public static readonly PyType ByteArrayType = BytesMethods.CreateType("bytearray");
    public static readonly PyBytes Empty = new([], false);

    private byte[] _data;
    private int _count;

    /// <summary>
    /// A bytes over <paramref name="data"/> (kept, not copied), or a bytearray when
    /// <paramref name="isByteArray"/>. An empty bytes is always <see cref="Empty"/>, as CPython
    /// returns its one empty bytes object from every operation (visible through <c>is</c> and in
    /// pickle's memo references).
    /// </summary>
    public static PyBytes Of(byte[] data, bool isByteArray = false) =>
        data.Length == 0 && !isByteArray ? Empty : new PyBytes(data, isByteArray);

    protected PyBytes(byte[] data, bool isByteArray)
    {
        _data = data;
        _count = data.Length;
        IsByteArray = isByteArray;
    }

    public bool IsByteArray { get; }
    public override PyType Type => IsByteArray ? ByteArrayType : BytesType;
    public ReadOnlySpan<byte> Data => _data.AsSpan(0, _count);

    /// <summary>
    /// The array behind an immutable bytes (its first <see cref="Count"/> bytes), for a reader
    /// that keeps it instead of a copy (pickle.loads). Never written through.
    /// </summary>
    internal byte[] ImmutableArray => IsByteArray ? throw new InvalidOperationException("bytearray is mutable") : _data;
    public int Count => _count;

    public static PyBytes FromLatin1(string s, bool isByteArray = false)
    {
        var data = new byte[s.Length];
        for (var i = 0; i < s.Length; i++) data[i] = (byte)s[i];
        return Of(data, isByteArray);
    }

    /// <summary>The bytes as a string of chars 0-255, to reuse str algorithms byte for byte.</summary>
    public string ToLatin1()
    {
        var chars = new char[_count];
        for (var i = 0; i < _count; i++) chars[i] = (char)_data[i];
        return new string(chars);
    }

    public override long Length() => _count;
    public override bool IsTrue() => _count != 0;

    public override long Hash()
    {
        if (IsByteArray) throw Errors.TypeError($"unhashable type: '{Type.TpName}'");
        if (_count == 0) return 0;
        var h = (long)StrHash.SipHash13(Data);
        return h == -1 ? -2 : h;
    }

    public override string Repr()
    {
        var body = BytesRepr(Data, IsByteArray);
        return IsByteArray ? $"bytearray({body})" : body;
    }

    public override string Str() => Repr();

    /// <summary>
    /// b'...' with the quote CPython picks; <paramref name="byteArray"/>: a bytearray's repr, which
    /// escapes single quotes even inside double quotes, as CPython's does.
    /// </summary>
    public static string BytesRepr(ReadOnlySpan<byte> data, bool byteArray = false)
    {
        var quote = data.Contains((byte)'\'') && !data.Contains((byte)'"') ? '"' : '\'';
        var sb = new StringBuilder(data.Length + 3);
        sb.Append('b').Append(quote);
        foreach (var b in data)
        {
            switch (b)
            {
                case (byte)'\\': sb.Append("\\\\"); break;
                case (byte)'\t': sb.Append("\\t"); break;
                case (byte)'\n': sb.Append("\\n"); break;
                case (byte)'\r': sb.Append("\\r"); break;
                default:
                    if (b == quote || (byteArray && b == (byte)'\'')) sb.Append('\\').Append((char)b);
                    else if (b < 32 || b >= 127) sb.Append("\\x").Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    else sb.Append((char)b);
                    break;
            }
        }
        return sb.Append(quote).ToString();
    }

    public override PyIterator Iter()
    {
        var i = 0;
        return new PyFunctionIterator(IsByteArray ? BytesMethods.ByteArrayIteratorType : BytesMethods.BytesIteratorType,
            () => i < _count ? PyInt.From(_data[i++]) : null);
    }

    public override bool? Contains(PyObject value)
    {
        if (value is PyInt i)
        {
            if (!i.IsSmall || i.Small is < 0 or > 255) throw Errors.ValueError("byte must be in range(0, 256)");
            return Data.Contains((byte)i.Small);
        }
        var needle = BytesMethods.BytesLike(value, "a bytes-like object is required, not '{0}'");
        return Data.IndexOf(needle) >= 0;
    }

    private int CheckIndex(PyObject key)
    {
        var i = Conversions.ToSubscriptIndex(key, $"{Type.TpName} indices must be integers or slices, not ");
        if (i < 0) i += _count;
        if (i < 0 || i >= _count) throw Errors.IndexError(IsByteArray ? "bytearray index out of range" : "index out of range");
        return (int)i;
    }

    public override PyObject? GetItem(PyObject key)
    {
        if (key is not PySlice s) return PyInt.From(_data[CheckIndex(key)]);
        var (start, _, step, count) = s.Indices(_count);
        var result = new byte[count];
        for (long k = 0, j = start; k < count; k++, j += step) result[k] = _data[j];
        return Of(result, IsByteArray);
    }

    public override bool SetItem(PyObject key, PyObject value)
    {
        if (!IsByteArray) return false;
        if (key is not PySlice s)
        {
            _data[CheckIndex(key)] = BytesMethods.ByteValue(value);
            return true;
        }
        var list = IntList(Data);
        var values = value is PyInt ? throw Errors.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            : IntList(BytesMethods.ToByteArray(value));
        list.SetItem(s, values);
        Replace(ByteValues(list));
        return true;
    }

    public override bool DelItem(PyObject key)
    {
        if (!IsByteArray) return false;
        var list = IntList(Data);
        if (key is not PySlice) key = PyInt.From(CheckIndex(key));
        list.DelItem(key);
        Replace(ByteValues(list));
        return true;
    }

    // Loops, not LINQ: a Select from or to byte instantiates LINQ's iterators for byte in every executable.
    private static PyList IntList(ReadOnlySpan<byte> data)
    {
        var items = new PyObject[data.Length];
        for (var i = 0; i < data.Length; i++) items[i] = PyInt.From(data[i]);
        return new PyList(items);
    }

    private static byte[] ByteValues(PyList list)
    {
        var items = list.Items;
        var bytes = new byte[items.Length];
        for (var i = 0; i < items.Length; i++) bytes[i] = (byte)((PyInt)items[i]).Small;
        return bytes;
    }

    /// <summary>A write through a memoryview.</summary>
    internal void SetByte(int index, byte value) => _data[index] = value;

    internal void Replace(byte[] data)
    {
        _data = data;
        _count = data.Length;
    }

    /// <summary>bytearray.__init__ on an existing object: the contents become <paramref name="data"/>.</summary>
    internal void ReplaceContents(ReadOnlySpan<byte> data)
    {
        _data = data.ToArray();
        _count = _data.Length;
    }

    internal void Append(byte b)
    {
        if (_count == _data.Length) Array.Resize(ref _data, Math.Max(8, _count * 2));
        _data[_count++] = b;
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyBytes o) return null;
        return PyBool.From(op.Holds(Data.SequenceCompareTo(o.Data)));
    }

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other)
    {
        switch (op)
        {
            case BinaryOperator.Add when other is PyMemoryView m:
                return Of([.. Data, .. m.ToArray()], IsByteArray);
            case BinaryOperator.Add:
                if (other is not PyBytes o) return null;
                return Of([.. Data, .. o.Data], IsByteArray);
            case BinaryOperator.Mult when other is PyInt n:
                return Repeat(n);
            case BinaryOperator.Mod:
                return FromLatin1(Formatting.PercentFormat.Format(ToLatin1(), other, bytes: true), IsByteArray);
            default:
                return null;
        }
    }

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Mult && other is PyInt n ? Repeat(n) : null;

    public override PyObject? InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (!IsByteArray) return null;
        if (op == BinaryOperator.Add && other is PyBytes o)
        {
            foreach (var b in o.Data.ToArray()) Append(b);
            return this;
        }
        return null;
    }

    private PyBytes Repeat(PyInt n)
    {
        var times = SequenceRepeat.Count(n, _count);
        var exact = !IsByteArray && GetType() == typeof(PyBytes);
        // An exact bytes whose repeat is as long (once, or empty any number of times) is itself, as
        // in CPython (pickle's memo sees one object).
        if (exact && (times == 1 || _count == 0)) return this;
        var result = new byte[_count * times];
        for (var i = 0; i < times; i++) Data.CopyTo(result.AsSpan(i * _count));
        // Repeating is the one operation whose empty result is a new object in CPython, not the
        // shared empty bytes: `b"x" * 0` pickles without a memo reference to another empty bytes.
        return new PyBytes(result, IsByteArray);
    }
}
