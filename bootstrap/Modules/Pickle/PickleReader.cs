using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Pickle;

/// <summary>
/// The unpickler: runs a pickle's opcodes on a stack of objects and marks, with CPython's
/// errors for bad data. It reads from bytes in memory or from a file object (read/readline,
/// taking a whole frame at a time), never past the end of the pickle, so several pickles
/// written to one file are loaded one by one.
/// </summary>
internal sealed class PickleReader
{
    private byte[] _data;
    private int _pos;
    private int _end;
    private readonly PyObject? _file;

    private readonly UnpickleStack _stack;
    // The memo by index; _memoLength counts the entries set (MEMOIZE's index, as CPython's
    // memo_len), _memoHigh is one past the highest index set (what a reuse must clear).
    private PyObject?[] _memo = [];
    private int _memoLength;
    private int _memoHigh;
    private int _protocol;

    public PickleReader(byte[] data, int length)
    {
        _data = data;
        _end = length;
        // A loads() reader: the stack of an earlier one on this thread (see LoadOnce), if free.
        _stack = t_spareStack ?? new UnpickleStack();
        t_spareStack = null;
    }

    public PickleReader(PyObject file)
    {
        _file = file;
        _data = [];
        _stack = new UnpickleStack();
    }

    public bool FixImports { get; init; } = true;
    public string Encoding { get; init; } = "ASCII";
    public string ErrorHandler { get; init; } = "strict";
    public PyIterator? Buffers { get; init; }

    /// <summary>The Unpickler subclass whose find_class and persistent_load are used (null: loads()).</summary>
    public PyObject? Owner { get; set; }

    public void ClearMemo()
    {
        Array.Clear(_memo, 0, _memoHigh);
        _memoLength = 0;
        _memoHigh = 0;
    }

    // --- reading the input ---

    private static PyException Truncated() => PickleModule.UnpicklingError("pickle data was truncated");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Read(int count)
    {
        if (_end - _pos < count) Fill(count);
        var span = _data.AsSpan(_pos, count);
        _pos += count;
        return span;
    }

    // Inlined into the opcode loop (a call for each one-byte argument cost more than the read).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte ReadByte()
    {
        var pos = _pos;
        var data = _data;
        if (pos < _end && (uint)pos < (uint)data.Length)
        {
            _pos = pos + 1;
            return data[pos];
        }
        return ReadByteSlow();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private byte ReadByteSlow() => Read(1)[0];

    /// <summary>Makes <paramref name="count"/> bytes available from the file (what is left of the buffer first).</summary>
    private void Fill(int count)
    {
        if (_file is null) throw Truncated();
        var have = _end - _pos;
        var more = Attributes.CallMethod1(_file, "read", PyInt.From(count - have));
        var chunk = BytesOf(more, "read");
        if (chunk.Length < count - have) throw Truncated();
        Append(chunk);
    }

    private void Append(ReadOnlySpan<byte> chunk)
    {
        var have = _end - _pos;
        var buffer = new byte[have + chunk.Length];
        _data.AsSpan(_pos, have).CopyTo(buffer);
        chunk.CopyTo(buffer.AsSpan(have));
        _data = buffer;
        _pos = 0;
        _end = buffer.Length;
    }

    private static ReadOnlySpan<byte> BytesOf(PyObject o, string method) => o switch
    {
        PyBytes b => b.Data,
        PyMemoryView m => m.ToArray(),
        _ => throw Errors.TypeError($"'{method}' returned non-bytes ({o.Type.TpName})"),
    };

    /// <summary>A text argument: the bytes up to the newline (not included).</summary>
    private ReadOnlySpan<byte> ReadLine()
    {
        var at = _data.AsSpan(_pos, _end - _pos).IndexOf((byte)'\n');
        if (at < 0)
        {
            if (_file is null) throw Truncated();
            var line = BytesOf(Attributes.CallMethod0(_file, "readline"), "readline");
            Append(line);
            at = _data.AsSpan(_pos, _end - _pos).IndexOf((byte)'\n');
            if (at < 0) throw Truncated();
        }
        var span = _data.AsSpan(_pos, at);
        _pos += at + 1;
        return span;
    }

    private string ReadLineAscii() => System.Text.Encoding.Latin1.GetString(ReadLine());

    private int ReadSize4()
    {
        var size = BinaryPrimitives.ReadUInt32LittleEndian(Read(4));
        if (size > int.MaxValue) throw Errors.OverflowError("BINUNICODE exceeds system's maximum size");
        return (int)size;
    }

    private int ReadSize8()
    {
        var size = BinaryPrimitives.ReadUInt64LittleEndian(Read(8));
        if (size > int.MaxValue) throw Errors.OverflowError("FRAME length exceeds system's maximum size");
        return (int)size;
    }

    // --- the stack ---

    private int Fence => _stack.Fence;

    private PyException Underflow() => _stack.Underflow();

    private PyObject Pop() => _stack.Pop();

    private PyObject Top() => _stack.Top();

    private void Push(PyObject o) => _stack.Push(o);

    private int PopMark() => _stack.PopMark();

    /// <summary>The objects above the last mark, removed from the stack (the mark too).</summary>
    private PyObject[] PopToMark() => _stack.PopToMark();

    // --- the memo ---

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MemoPut(long index, PyObject value)
    {
        // An index within the array: set in place (MEMOIZE and BINPUT of a growing memo).
        if ((ulong)index < (ulong)_memo.Length)
        {
            var i = (int)index;
            ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_memo), i);
            if (slot is null) _memoLength++;
            slot = value;
            if (i >= _memoHigh) _memoHigh = i + 1;
            return;
        }
        MemoPutSlow(index, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void MemoPutSlow(long index, PyObject value)
    {
        if (index < 0) throw Errors.ValueError("negative PUT argument");
        if (index >= int.MaxValue) throw Errors.MemoryError();
        var i = (int)index;
        if (i >= _memo.Length) Array.Resize(ref _memo, Math.Max(Math.Max(_memo.Length * 2, i + 1), 32));
        ref var slot = ref _memo[i];
        if (slot is null) _memoLength++;
        slot = value;
        if (i >= _memoHigh) _memoHigh = i + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PyObject MemoGet(long index) =>
        (ulong)index < (ulong)_memoHigh && _memo[(int)index] is { } value ? value : throw MemoMissing(index);

    private static PyException MemoMissing(long index) => PickleModule.UnpicklingError($"Memo value not found at index {index}");

    // --- the opcodes ---

    // The memo of an earlier loads() on this thread, reused (as the pickler reuses its table):
    // growing a big one again for each call costs full collections.
    [ThreadStatic] private static PyObject?[]? t_spareMemo;
    private const int SpareMemoLimit = 1 << 20;

    // Likewise the stack (its object, item and mark arrays: ~400 bytes per small loads()).
    [ThreadStatic] private static UnpickleStack? t_spareStack;

    /// <summary>pickle.loads: one pickle read by a reader that lives only for it.</summary>
    public PyObject LoadOnce()
    {
        if (t_spareMemo is { } spare)
        {
            t_spareMemo = null;
            _memo = spare;
        }
        try
        {
            return Load();
        }
        finally
        {
            if (_memo.Length <= SpareMemoLimit)
            {
                ClearMemo();
                t_spareMemo = _memo;
            }
            if (_stack.Capacity <= SpareMemoLimit)
            {
                _stack.Clear();
                t_spareStack = _stack;
            }
        }
    }

    public PyObject Load()
    {
        _stack.Clear();
        _protocol = 0;
        if (_pos >= _end && _file is not null)
        {
            // A first opcode from the file (at its end: EOFError, as for an empty pickle).
            var first = BytesOf(Attributes.CallMethod1(_file, "read", PyInt.From(1)), "read");
            if (first.Length > 0) Append(first);
        }
        if (_pos >= _end) throw Errors.Raise(ExceptionTypes.EOFError, "Ran out of input");
        while (true)
        {
            if (_pos >= _end)
            {
                if (_file is null) throw Errors.Raise(ExceptionTypes.EOFError, "Ran out of input");
                var next = BytesOf(Attributes.CallMethod1(_file, "read", PyInt.From(1)), "read");
                if (next.Length == 0) throw Errors.Raise(ExceptionTypes.EOFError, "Ran out of input");
                Append(next);
            }
            // The opcodes of plain data are run here; the rest by Step, whose frame (many
            // temporaries to zero) costs more than most of these opcodes do.
            var op = _data[_pos++];
            switch (op)
            {
                case Opcodes.Stop:
                {
                    var result = Pop();
                    _stack.Clear();
                    return result;
                }
                case Opcodes.Mark: _stack.Mark(); continue;
                case Opcodes.None: Push(PyNone.Instance); continue;
                case Opcodes.NewTrue: Push(PyBool.True); continue;
                case Opcodes.NewFalse: Push(PyBool.False); continue;
                case Opcodes.BinInt: Push(PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(Read(4)))); continue;
                case Opcodes.BinInt1: Push(PyInt.From(ReadByte())); continue;
                case Opcodes.BinInt2: Push(PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(Read(2)))); continue;
                case Opcodes.BinFloat: Push(new PyFloat(BinaryPrimitives.ReadDoubleBigEndian(Read(8)))); continue;
                case Opcodes.ShortBinUnicode: Push(Utf8(Read(ReadByte()))); continue;
                case Opcodes.BinUnicode: Push(Utf8(Read(ReadSize4()))); continue;
                case Opcodes.EmptyTuple: Push(PyTuple.Empty); continue;
                case Opcodes.Tuple1: PushTuple(1); continue;
                case Opcodes.Tuple2: PushTuple(2); continue;
                case Opcodes.Tuple3: PushTuple(3); continue;
                case Opcodes.EmptyList: Push(new PyList()); continue;
                case Opcodes.EmptyDict: Push(new PyDict()); continue;
                case Opcodes.BinPut: MemoPut(ReadByte(), Top()); continue;
                case Opcodes.Memoize: MemoPut(_memoLength, Top()); continue;
                case Opcodes.BinGet: Push(MemoGet(ReadByte())); continue;
                case Opcodes.Append: LoadAppend(); continue;
                case Opcodes.Appends: LoadAppends(); continue;
                case Opcodes.SetItem: LoadSetItem(); continue;
                case Opcodes.SetItems: LoadSetItems(); continue;
                default: Step(op); continue;
            }
        }
    }

    private void LoadAppend()
    {
        var item = Pop();
        var target = Top();
        if (target.GetType() == typeof(PyList)) Unsafe.As<PyList>(target).Append(item);
        else AppendItems(target, [item]);
    }

    private void LoadAppends()
    {
        // The items are read where they lie on the stack, then dropped with the mark.
        var mark = PopMark();
        if (mark <= Fence) throw Underflow();
        AppendItems(_stack[mark - 1], _stack.From(mark));
        _stack.Truncate(mark);
    }

    private void LoadSetItem()
    {
        var value = Pop();
        var key = Pop();
        var target = Top();
        if (target.GetType() == typeof(PyDict)) Unsafe.As<PyDict>(target).Set(key, value);
        else Subscript.SetItem(target, key, value);
    }

    private void LoadSetItems()
    {
        // The pairs are read where they lie on the stack, then dropped with the mark.
        var mark = PopMark();
        if (mark == 0 || mark <= Fence) throw Underflow();
        if ((_stack.Count - mark) % 2 != 0) throw PickleModule.UnpicklingError("odd number of items for SETITEMS");
        SetItems(_stack[mark - 1], _stack.From(mark));
        _stack.Truncate(mark);
    }

    private void Step(byte op)
    {
        switch (op)
        {
            case Opcodes.Pop:
                if (_stack.MarkCount > 0 && _stack.Fence == _stack.Count) _stack.PopMark();
                else Pop();
                break;
            case Opcodes.PopMark: PopToMark(); break;
            case Opcodes.Dup: Push(Top()); break;
            case Opcodes.Int: Push(ParseIntLine()); break;
            case Opcodes.Long:
            {
                var text = ReadLineAscii();
                if (text.EndsWith('L')) text = text[..^1];
                Push(ParseInt(text));
                break;
            }
            case Opcodes.Long1: Push(LongFrom(Read(ReadByte()))); break;
            case Opcodes.Long4:
            {
                var size = BinaryPrimitives.ReadInt32LittleEndian(Read(4));
                if (size < 0) throw PickleModule.UnpicklingError("LONG pickle has negative byte count");
                Push(LongFrom(Read(size)));
                break;
            }
            case Opcodes.Float:
                Push(new PyFloat(FloatParsing(ReadLineAscii())));
                break;
            case Opcodes.String: Push(DecodeString(QuotedString(ReadLine()))); break;
            case Opcodes.BinString:
            {
                var size = BinaryPrimitives.ReadInt32LittleEndian(Read(4));
                if (size < 0) throw PickleModule.UnpicklingError("BINSTRING pickle has negative byte count");
                Push(DecodeString(Read(size).ToArray()));
                break;
            }
            case Opcodes.ShortBinString: Push(DecodeString(Read(ReadByte()).ToArray())); break;
            case Opcodes.Unicode: Push(new PyStr(RawUnicodeEscape(ReadLine()))); break;
            case Opcodes.BinUnicode8: Push(Utf8(Read(ReadSize8()))); break;
            case Opcodes.ShortBinBytes: Push(PyBytes.Of(Read(ReadByte()).ToArray())); break;
            case Opcodes.BinBytes: Push(PyBytes.Of(Read(ReadSize4()).ToArray())); break;
            case Opcodes.BinBytes8: Push(PyBytes.Of(Read(ReadSize8()).ToArray())); break;
            case Opcodes.ByteArray8: Push(PyBytes.Of(Read(ReadSize8()).ToArray(), isByteArray: true)); break;
            case Opcodes.Tuple: PushTuple(_stack.Count - PopMark()); break;
            case Opcodes.List: Push(new PyList(PopToMark())); break;
            case Opcodes.Dict:
            {
                var items = PopToMark();
                var dict = new PyDict();
                for (var i = 0; i + 1 < items.Length; i += 2) dict.Set(items[i], items[i + 1]);
                if (items.Length % 2 != 0) throw PickleModule.UnpicklingError("odd number of items for DICT");
                Push(dict);
                break;
            }
            case Opcodes.EmptySet: Push(new PySet()); break;
            case Opcodes.AddItems:
            {
                var items = PopToMark();
                var target = Top();
                if (target.GetType() == typeof(PySet))
                {
                    var set = (PySet)target;
                    foreach (var item in items) set.Add(item);
                }
                else
                {
                    var add = Attributes.GetAttr(target, "add");
                    foreach (var item in items) add.Call1(item);
                }
                break;
            }
            case Opcodes.FrozenSet:
            {
                var set = new PySet(frozen: true);
                foreach (var item in PopToMark()) set.Add(item);
                Push(set);
                break;
            }
            case Opcodes.Global:
            {
                var module = Utf8Text(ReadLine());
                var name = Utf8Text(ReadLine());
                Push(FindClass(module, name));
                break;
            }
            case Opcodes.StackGlobal:
            {
                var name = Pop();
                var module = Pop();
                if (name is not PyStr n || module is not PyStr m) throw PickleModule.UnpicklingError("STACK_GLOBAL requires str");
                Push(FindClass(m.Value, n.Value));
                break;
            }
            case Opcodes.Reduce:
            {
                var args = Pop();
                var callable = Pop();
                Push(CallWith(callable, args));
                break;
            }
            case Opcodes.NewObj:
            {
                var args = Pop();
                var cls = Pop();
                if (cls is not PyType) throw PickleModule.UnpicklingError("NEWOBJ class argument isn't a type object");
                if (args is not PyTuple tuple) throw PickleModule.UnpicklingError("NEWOBJ expected an arg tuple.");
                Push(NewObject(cls, tuple.Items, null));
                break;
            }
            case Opcodes.NewObjEx:
            {
                var kwargs = Pop();
                var args = Pop();
                var cls = Pop();
                if (cls is not PyType) throw PickleModule.UnpicklingError("NEWOBJ_EX class argument must be a type, not " + cls.Type.Name);
                if (args is not PyTuple tuple) throw PickleModule.UnpicklingError("NEWOBJ_EX args argument must be a tuple, not " + args.Type.Name);
                if (kwargs is not PyDict dict) throw PickleModule.UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not " + kwargs.Type.Name);
                Push(NewObject(cls, tuple.Items, dict));
                break;
            }
            case Opcodes.Build: Build(); break;
            case Opcodes.Inst:
            {
                var module = Utf8Text(ReadLine());
                var name = Utf8Text(ReadLine());
                var args = PopToMark();
                Push(Instantiate(FindClass(module, name), args));
                break;
            }
            case Opcodes.Obj:
            {
                var args = PopToMark();
                if (args.Length == 0) throw Underflow();
                Push(Instantiate(args[0], args[1..]));
                break;
            }
            case Opcodes.Put: MemoPut(long.Parse(ReadLineAscii(), CultureInfo.InvariantCulture), Top()); break;
            case Opcodes.LongBinPut: MemoPut(BinaryPrimitives.ReadUInt32LittleEndian(Read(4)), Top()); break;
            case Opcodes.Get: Push(MemoGet(long.Parse(ReadLineAscii(), CultureInfo.InvariantCulture))); break;
            case Opcodes.LongBinGet: Push(MemoGet(BinaryPrimitives.ReadUInt32LittleEndian(Read(4)))); break;
            case Opcodes.Ext1: Push(Extension(ReadByte())); break;
            case Opcodes.Ext2: Push(Extension(BinaryPrimitives.ReadUInt16LittleEndian(Read(2)))); break;
            case Opcodes.Ext4: Push(Extension(BinaryPrimitives.ReadInt32LittleEndian(Read(4)))); break;
            case Opcodes.PersId: Push(PersistentLoad(new PyStr(ReadLineAscii()))); break;
            case Opcodes.BinPersId: Push(PersistentLoad(Pop())); break;
            case Opcodes.Proto:
            {
                int protocol = ReadByte();
                if (protocol > PickleModule.HighestProtocol) throw Errors.ValueError($"unsupported pickle protocol: {protocol}");
                _protocol = protocol;
                break;
            }
            case Opcodes.Frame:
            {
                var size = ReadSize8();
                if (_end - _pos < size) Fill(size);
                break;
            }
            case Opcodes.NextBuffer:
            {
                if (Buffers is null) throw PickleModule.UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given");
                Push(Buffers.Next() ?? throw PickleModule.UnpicklingError("not enough out-of-band buffers"));
                break;
            }
            case Opcodes.ReadOnlyBuffer: break;
            default:
                throw PickleModule.UnpicklingError(op is >= 0x20 and < 0x7f
                    ? $"invalid load key, '{(char)op}'."
                    : $"invalid load key, '\\x{op:x2}'.");
        }
    }

    private void PushTuple(int count)
    {
        if (_stack.Count - Fence < count) throw Underflow();
        var start = _stack.Count - count;
        var tuple = PyTuple.CopyOf(_stack.From(start));
        _stack.Truncate(start);
        Push(tuple);
    }

    private PyObject ParseIntLine()
    {
        var line = ReadLine();
        if (line.Length == 2 && line[0] == '0' && line[1] == '0') return PyBool.False;
        if (line.Length == 2 && line[0] == '0' && line[1] == '1') return PyBool.True;
        return ParseInt(System.Text.Encoding.Latin1.GetString(line));
    }

    private static PyObject ParseInt(string text)
    {
        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)) return PyInt.From(small);
        if (BigInteger.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big)) return PyInt.From(big);
        throw Errors.ValueError("could not convert string to int");
    }

    private static double FloatParsing(string text)
    {
        var trimmed = text.Trim();
        switch (trimmed.ToLowerInvariant())
        {
            case "inf" or "+inf" or "infinity": return double.PositiveInfinity;
            case "-inf" or "-infinity": return double.NegativeInfinity;
            case "nan" or "+nan" or "-nan": return double.NaN;
        }
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        throw Errors.ValueError($"could not convert string to float: {new PyStr(trimmed).Repr()}");
    }

    private static PyInt LongFrom(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return PyInt.Zero;
        // Longer than 8 bytes: straight into limbs (a BigInteger made two arrays more on the way).
        if (data.Length > 8) return IntBytes.FromBytes(data, little: true, signed: true);
        // Up to 8 bytes: a long, sign-extended from the top byte.
        long value = (sbyte)data[^1];
        for (var i = data.Length - 2; i >= 0; i--) value = (value << 8) | data[i];
        return PyInt.From(value);
    }

    private static PyStr Utf8(ReadOnlySpan<byte> data) =>
        // Bytes that are not UTF-8: the codec raises CPython's error for them.
        PickleText.DecodeStr(data) ?? PyStr.Shared(Codecs.Decode(PyBytes.Of(data.ToArray()), "utf-8", "surrogatepass"));

    private static string Utf8Text(ReadOnlySpan<byte> data) => PickleText.DecodeUtf8(data) ?? System.Text.Encoding.Latin1.GetString(data);

    /// <summary>Protocol 0's str: latin-1 bytes with \uXXXX and \UXXXXXXXX escapes.</summary>
    private static string RawUnicodeEscape(ReadOnlySpan<byte> data)
    {
        var text = new System.Text.StringBuilder(data.Length);
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            if (b == '\\' && i + 1 < data.Length && (data[i + 1] == 'u' || data[i + 1] == 'U'))
            {
                var digits = data[i + 1] == 'u' ? 4 : 8;
                if (i + 2 + digits > data.Length) throw Errors.Raise(ExceptionTypes.UnicodeDecodeError, "'rawunicodeescape' codec can't decode bytes: truncated \\uXXXX escape");
                var code = int.Parse(System.Text.Encoding.Latin1.GetString(data.Slice(i + 2, digits)), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (code >= 0x10000) text.Append(char.ConvertFromUtf32(code));
                else text.Append((char)code);
                i += 1 + digits;
                continue;
            }
            text.Append((char)b);
        }
        return text.ToString();
    }

    /// <summary>STRING's argument: a quoted, backslash-escaped byte string.</summary>
    private static byte[] QuotedString(ReadOnlySpan<byte> line)
    {
        if (line.Length < 2 || line[0] != line[^1] || (line[0] != '\'' && line[0] != '"'))
        {
            throw PickleModule.UnpicklingError("the STRING opcode argument must be quoted");
        }
        var inner = line[1..^1];
        var result = new List<byte>(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            var b = inner[i];
            if (b != '\\' || i + 1 >= inner.Length)
            {
                result.Add(b);
                continue;
            }
            var e = inner[++i];
            switch ((char)e)
            {
                case '\n': break;
                case '\\': result.Add((byte)'\\'); break;
                case '\'': result.Add((byte)'\''); break;
                case '"': result.Add((byte)'"'); break;
                case 'b': result.Add(8); break;
                case 'f': result.Add(12); break;
                case 't': result.Add(9); break;
                case 'n': result.Add(10); break;
                case 'r': result.Add(13); break;
                case 'v': result.Add(11); break;
                case 'a': result.Add(7); break;
                case 'x' when i + 2 < inner.Length:
                    result.Add(byte.Parse(System.Text.Encoding.Latin1.GetString(inner.Slice(i + 1, 2)), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                case >= '0' and <= '7':
                {
                    var value = e - '0';
                    for (var k = 0; k < 2 && i + 1 < inner.Length && inner[i + 1] is >= (byte)'0' and <= (byte)'7'; k++) value = value * 8 + (inner[++i] - '0');
                    result.Add((byte)value);
                    break;
                }
                default:
                    result.Add((byte)'\\');
                    result.Add(e);
                    break;
            }
        }
        return [.. result];
    }

    /// <summary>A Python 2 str: bytes with encoding='bytes', else decoded with encoding/errors.</summary>
    private PyObject DecodeString(byte[] data)
    {
        var bytes = PyBytes.Of(data);
        if (Encoding == "bytes") return bytes;
        return Attributes.CallMethod2(bytes, "decode", new PyStr(Encoding), new PyStr(ErrorHandler));
    }

    private static void AppendItems(PyObject target, ReadOnlySpan<PyObject> items)
    {
        if (target.GetType() == typeof(PyList))
        {
            Unsafe.As<PyList>(target).AppendAll(items);
            return;
        }
        if (Attributes.TryGetAttr(target, "extend") is { } extend)
        {
            extend.Call1(new PyList(items.ToArray()));
            return;
        }
        var append = Attributes.GetAttr(target, "append");
        foreach (var item in items) append.Call1(item);
    }

    private static void SetItems(PyObject target, ReadOnlySpan<PyObject> pairs)
    {
        if (target.GetType() == typeof(PyDict))
        {
            // A new dict gets its final table at once and its pairs in one loop.
            Unsafe.As<PyDict>(target).SetPairs(pairs);
            return;
        }
        for (var i = 0; i < pairs.Length; i += 2) Subscript.SetItem(target, pairs[i], pairs[i + 1]);
    }

    private static PyObject CallWith(PyObject callable, PyObject args)
    {
        if (args is not PyTuple tuple) throw Errors.TypeError("argument list must be a tuple");
        if (ReferenceEquals(callable, PickleModule.CodecsEncode) && Latin1Bytes(tuple) is { } bytes) return bytes;
        return callable.Call(tuple.Items, null);
    }

    /// <summary>
    /// Protocols 0-2's bytes, <c>_codecs.encode(text, 'latin1')</c>: what str.encode gives for an
    /// exact str of Latin-1 characters, made directly; null for any other arguments (the call
    /// then runs, with its errors).
    /// </summary>
    private static PyBytes? Latin1Bytes(PyTuple args)
    {
        if (args.Count != 2 || !PyStr.IsExact(args[0]) || !PyStr.IsExact(args[1]) || !Unsafe.As<PyStr>(args[1]).Chars.SequenceEqual("latin1")) return null;
        var text = Unsafe.As<PyStr>(args[0]).Chars;
        if (text.ContainsAnyExceptInRange('\0', '\xff')) return null;
        var data = new byte[text.Length];
        for (var i = 0; i < text.Length; i++) data[i] = (byte)text[i];
        return PyBytes.Of(data);
    }

    private static PyObject NewObject(PyObject cls, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        // cls.__new__(cls) where that is object.__new__: the bare instance it makes.
        if (args.Length == 0 && kwargs is null && cls is PyType { IsHeapType: true } type
            && (type.LookupSpecial(SpecialName.New) is not { } make || TypeCalls.IsObjectNew(make)))
        {
            return TypeCalls.Allocate(type, [], null);
        }
        return NewObjectCall(cls, args, kwargs);
    }

    private static PyObject NewObjectCall(PyObject cls, ReadOnlySpan<PyObject> args, PyDict? kwargs)
    {
        var make = Attributes.GetAttr(cls, "__new__");
        var all = new List<PyObject>(args.Length + 1 + (kwargs?.Count ?? 0)) { cls };
        all.AddRange(args.ToArray());
        string[]? names = null;
        if (kwargs is { Count: > 0 })
        {
            names = new string[kwargs.Count];
            var n = 0;
            for (var pos = 0; kwargs.NextEntry(ref pos, out var k, out var v);)
            {
                names[n++] = k is PyStr s ? s.Value : throw Errors.TypeError("keywords must be strings");
                all.Add(v);
            }
        }
        return make.Call(all.ToArray(), names);
    }

    private static PyObject Instantiate(PyObject cls, PyObject[] args)
    {
        if (args.Length == 0 && cls is PyType && Attributes.TryGetAttr(cls, "__getinitargs__") is null)
        {
            return NewObject(cls, [], null);
        }
        return cls.Call(args, null);
    }

    private void Build()
    {
        var state = Pop();
        var inst = Top();
        if (inst.GetType() == typeof(PyInstance) && PlainReduction.Builds(inst.Type) && TryBuildPlain(Unsafe.As<PyInstance>(inst), state)) return;
        if (Attributes.TryGetAttr(inst, "__setstate__") is { } setState)
        {
            setState.Call1(state);
            return;
        }
        PyObject? slotState = null;
        if (state is PyTuple { Count: 2 } pair)
        {
            state = pair[0];
            slotState = pair[1];
        }
        if (state is not PyNone)
        {
            if (state is not PyDict dict) throw PickleModule.UnpicklingError("state is not a dictionary");
            var instanceDict = Attributes.GetAttr(inst, "__dict__");
            for (var pos = 0; dict.NextEntry(ref pos, out var k, out var v);) Subscript.SetItem(instanceDict, k, v);
        }
        if (slotState is not null && slotState is not PyNone)
        {
            if (slotState is not PyDict slots) throw PickleModule.UnpicklingError("slot state is not a dictionary");
            for (var pos = 0; slots.NextEntry(ref pos, out var k, out var v);)
            {
                Attributes.SetAttr(inst, k is PyStr s ? s.Value : throw Errors.TypeError("attribute name must be string"), v);
            }
        }
    }

    /// <summary>
    /// BUILD on an instance whose class has no __setstate__ (nor the instance): the state dict's
    /// items set into the instance dict (kept in the class's layout, not made), then the slot
    /// state's set as attributes. False, having done nothing, for a state of another shape.
    /// </summary>
    private static bool TryBuildPlain(PyInstance inst, PyObject state)
    {
        PyObject? slotState = null;
        if (state is PyTuple { Count: 2 } pair)
        {
            state = pair[0];
            slotState = pair[1];
        }
        if (state is not PyNone && state.GetType() != typeof(PyDict)) return false;
        if (slotState is not null and not PyNone && slotState.GetType() != typeof(PyDict)) return false;
        if (inst.GetOwnAttribute("__setstate__") is not null) return false;
        if (state is PyDict dict)
        {
            for (var pos = 0; dict.NextEntry(ref pos, out var k, out var v);)
            {
                if (PyStr.IsExact(k)) inst.SetOwnAttribute(Unsafe.As<PyStr>(k).Value, v);
                else Subscript.SetItem(inst.Dict!, k, v);
            }
        }
        if (slotState is PyDict slots)
        {
            for (var pos = 0; slots.NextEntry(ref pos, out var k, out var v);)
            {
                Attributes.SetAttr(inst, k is PyStr s ? s.Value : throw Errors.TypeError("attribute name must be string"), v);
            }
        }
        return true;
    }

    private PyObject PersistentLoad(PyObject id)
    {
        var load = Owner is null ? null : Attributes.TryGetAttr(Owner, "persistent_load");
        if (load is null)
        {
            throw PickleModule.UnpicklingError("A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");
        }
        return load.Call1(id);
    }

    private PyObject Extension(int code)
    {
        var copyreg = Imports.Import("copyreg");
        var cache = (PyDict)Attributes.GetAttr(copyreg, "_extension_cache");
        var key = PyInt.From(code);
        if (cache.TryGet(key) is { } cached) return cached;
        var registry = (PyDict)Attributes.GetAttr(copyreg, "_inverted_registry");
        if (registry.TryGet(key) is not PyTuple { Count: 2 } pair)
        {
            if (code <= 0) throw PickleModule.UnpicklingError("EXT specifies code <= 0");
            throw Errors.ValueError($"unregistered extension code {code}");
        }
        var found = FindClass(Text.Str(pair[0]), Text.Str(pair[1]));
        cache.Set(key, found);
        return found;
    }

    private PyObject FindClass(string module, string name)
    {
        if (Owner is not null) return Attributes.CallMethod2(Owner, "find_class", new PyStr(module), new PyStr(name));
        return DefaultFindClass(module, name);
    }

    /// <summary>Unpickler.find_class: imports the module and returns the named global.</summary>
    public PyObject DefaultFindClass(string module, string name)
    {
        if (_protocol < 3 && FixImports) (module, name) = PickleNames.ToPython3(module, name);
        if (module == "_codecs" && name == "encode" && !Interpreter.Current.Contains("_codecs")) return PickleModule.CodecsEncode;
        var found = Imports.ImportAs(module);
        if (_protocol >= 4)
        {
            foreach (var part in name.Split('.'))
            {
                if (part == "<locals>") throw Errors.AttributeError($"Can't get local attribute {new PyStr(name).Repr()} on {found.Repr()}");
                found = Attributes.TryGetAttr(found, part) ?? throw Errors.AttributeError($"Can't get attribute {new PyStr(name).Repr()} on {found.Repr()}");
            }
            return found;
        }
        return Attributes.TryGetAttr(found, name) ?? throw Errors.AttributeError($"Can't get attribute {new PyStr(name).Repr()} on {found.Repr()}");
    }
}
