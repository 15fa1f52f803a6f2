using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Python's memoryview over a bytes or bytearray: a window (start, step, length) onto the
/// object's buffer, so writes through a view of a bytearray change it. One-dimensional views
/// of byte formats ('B', 'b', 'c'), as CPython's memoryobject.c handles them.
/// Not modelled: the BufferError a bytearray raises on resizing while views of it are alive
/// (CPython knows when the last view is freed by reference counting; .NET does not).
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public static readonly PyType TypeObject = MemoryViewMethods.CreateType();

    private bool _released;

    public PyMemoryView(PyBytes source, int start, int step, int length, bool readOnly, char format)
    {
        Source = source;
        Start = start;
        Step = step;
        Count = length;
        ReadOnly = readOnly;
        Format = format;
    }

    /// <summary>A view of the whole of <paramref name="o"/> (bytes, bytearray or another view).</summary>
    public static PyMemoryView Of(PyObject o) => o switch
    {
        PyMemoryView m => m.Checked().Slice(m.Start, m.Step, m.Count, m.Format),
        PyBytes b => new PyMemoryView(b, 0, 1, b.Count, !b.IsByteArray, 'B'),
        _ => throw Errors.TypeError($"memoryview: a bytes-like object is required, not '{o.Type.TpName}'"),
    };

    public PyBytes Source { get; }
    public int Start { get; }
    public int Step { get; }
    public int Count { get; }
    public bool ReadOnly { get; }
    public char Format { get; }
    public bool Released => _released;
    public bool Contiguous => Step == 1 || Count <= 1;

    public override PyType Type => TypeObject;

    /// <summary>This view, or ValueError once released (every operation checks).</summary>
    public PyMemoryView Checked() =>
        _released ? throw Errors.ValueError("operation forbidden on released memoryview object") : this;

    public void Release()
    {
        if (_released) return;
        _released = true;
    }

    public PyMemoryView Slice(int start, int step, int count, char format) => new(Source, start, step, count, ReadOnly, format);

    public byte ByteAt(int i) => Source.Data[Start + i * Step];

    public byte[] ToArray()
    {
        Checked();
        var result = new byte[Count];
        for (var i = 0; i < Count; i++) result[i] = ByteAt(i);
        return result;
    }

    public PyObject Item(int i) => Format switch
    {
        'b' => PyInt.From((sbyte)ByteAt(i)),
        'c' => PyBytes.Of([ByteAt(i)]),
        _ => PyInt.From(ByteAt(i)),
    };

    public override string Repr() => _released ? $"<released memory at 0x{Identity.Of(this):x}>" : $"<memory at 0x{Identity.Of(this):x}>";

    public override long Length() => Checked().Count;

    public override long Hash()
    {
        Checked();
        if (!ReadOnly) throw Errors.ValueError("cannot hash writable memoryview object");
        return PyBytes.Of(ToArray()).Hash();
    }

    public override PyObject? GetItem(PyObject key)
    {
        Checked();
        if (key is PySlice s)
        {
            var (start, _, step, count) = s.Indices(Count);
            return Slice(Start + (int)start * Step, Step * (int)step, (int)count, Format);
        }
        return Item(IndexOf(key));
    }

    private int IndexOf(PyObject key)
    {
        if (key is not PyInt && !(key.Type.IsHeapType && key.Type.Lookup("__index__") is not null))
        {
            throw Errors.TypeError("memoryview: invalid slice key");
        }
        var i = Conversions.ToIndex(key);
        if (i < 0) i += Count;
        if (i < 0 || i >= Count) throw Errors.IndexError("index out of bounds on dimension 1");
        return (int)i;
    }

    public override bool DelItem(PyObject key)
    {
        Checked();
        throw Errors.TypeError(ReadOnly ? "cannot modify read-only memory" : "cannot delete memory");
    }

    public override bool SetItem(PyObject key, PyObject value)
    {
        Checked();
        if (ReadOnly) throw Errors.TypeError("cannot modify read-only memory");
        if (key is PySlice s)
        {
            var (start, _, step, count) = s.Indices(Count);
            var data = value switch
            {
                PyBytes b => b.Data.ToArray(),
                PyMemoryView m => m.ToArray(),
                _ => throw Errors.TypeError($"a bytes-like object is required, not '{value.Type.TpName}'"),
            };
            if (data.Length != count) throw Errors.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            for (var k = 0; k < count; k++) Source.SetByte(Start + ((int)start + k * (int)step) * Step, data[k]);
            return true;
        }
        var i = IndexOf(key);
        Source.SetByte(Start + i * Step, ByteOf(value));
        return true;
    }

    private byte ByteOf(PyObject value)
    {
        if (Format == 'c')
        {
            return value is PyBytes { Count: 1 } one ? one.Data[0] : throw Errors.ValueError("memoryview: invalid value for format 'c'");
        }
        if (value is not PyInt v) throw Errors.TypeError($"memoryview: invalid type for format '{Format}'");
        var (min, max) = Format == 'b' ? (-128L, 127L) : (0L, 255L);
        if (!v.IsSmall || v.Small < min || v.Small > max) throw Errors.ValueError($"memoryview: invalid value for format '{Format}'");
        return (byte)v.Small;
    }

    public override PyIterator? Iter()
    {
        Checked();
        var i = 0;
        return new PyFunctionIterator(MemoryViewMethods.IteratorType, () => i < Count ? Item(i++) : null);
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return null;
        if (ReferenceEquals(this, other)) return PyBool.From(op == CompareOp.Eq && !_released || op == CompareOp.Ne && _released);
        if (_released || other is PyMemoryView { Released: true }) return PyBool.From(op == CompareOp.Ne);
        byte[] theirs;
        char theirFormat = 'B';
        switch (other)
        {
            case PyMemoryView m:
                theirs = m.ToArray();
                theirFormat = m.Format;
                break;
            case PyBytes b:
                theirs = b.Data.ToArray();
                break;
            default:
                return null;
        }
        // Bytes compare as values: 'b' and 'B' differ above 127, 'c' never equals a number format.
        var equal = theirs.Length == Count && (Format == theirFormat || (Format != 'c' && theirFormat != 'c' && System.Text.Ascii.IsValid(ToArray())))
            && ToArray().AsSpan().SequenceEqual(theirs);
        return PyBool.From(op == CompareOp.Eq ? equal : !equal);
    }
}
