using System.Linq;
using System.Runtime.CompilerServices;
using PyPack.Runtime.Builtins;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Pickle;

/// <summary>
/// The pickler: writes an object as the same opcodes, memo indexes and frames as CPython's C
/// pickler (_pickle.c) for the same protocol, so programs that print, hash or compare pickles
/// see the same bytes. Exact builtin types are written directly; everything else goes through
/// reducer_override, the dispatch table and __reduce_ex__, as CPython orders them.
/// </summary>
internal sealed class PickleWriter
{
    private const int BatchSize = 1000;

    // Buffers of an earlier pickle on this thread, taken by the next one: a big pickle grows its
    // memo table and output to large arrays, and making them again for each dumps() call costs
    // full collections of the heap that holds the objects being pickled. Kept up to a bound.
    [ThreadStatic] private static PickleOutput? t_spareOutput;
    [ThreadStatic] private static PickleMemo? t_spareMemo;
    private const int SpareMemoLimit = 1 << 20;

    // The output while Dump runs (taken from the spare, given back at the end).
    private PickleOutput _out = null!;
    // id -> memo index; the memo holds the objects so their identities stay unique while it lives.
    private readonly PickleMemo _memo;

    // Made at the first global written: most pickles of data name none.
    private Dictionary<string, PyStr>? _moduleNames;

    public PickleWriter(int protocol, bool fixImports)
        : this(protocol, fixImports, new PickleMemo())
    {
    }

    private PickleWriter(int protocol, bool fixImports, PickleMemo memo)
    {
        Protocol = protocol;
        FixImports = fixImports;
        _memo = memo;
    }

    public int Protocol { get; }
    public bool FixImports { get; }
    private bool Binary => Protocol > 0;

    /// <summary>The hooks of the Pickler subclass being used (null: none), read when dump starts.</summary>
    public PyObject? PersistentId { get; set; }
    public PyObject? ReducerOverride { get; set; }
    public PyObject? DispatchTable { get; set; }

    public int MemoCount => _memo.Count;

    public void ClearMemo() => _memo.Clear();

    /// <summary>pickle.dumps: one pickle from a writer that lives only for it (its memo table is reused).</summary>
    public static byte[] DumpOnce(PyObject value, int protocol, bool fixImports)
    {
        var memo = t_spareMemo ?? new PickleMemo();
        t_spareMemo = null;
        var writer = new PickleWriter(protocol, fixImports, memo);
        var result = writer.Dump(value);
        if (writer._memo.Size <= SpareMemoLimit)
        {
            writer._memo.Clear();
            t_spareMemo = writer._memo;
        }
        return result;
    }

    /// <summary>One pickle: PROTO, the object, STOP; the bytes written.</summary>
    public byte[] Dump(PyObject value)
    {
        // Nested pickling (a __reduce__ that pickles) finds no spare and makes its own buffer.
        var outer = _out;
        _newObjPlain = 0;
        _out = t_spareOutput ?? new PickleOutput();
        t_spareOutput = null;
        _out.Clear();
        if (Protocol >= 2) _out.Write(Opcodes.Proto, (byte)Protocol);
        _out.Framing = Protocol >= 4;
        try
        {
            Save(value, false);
            _out.Write(Opcodes.Stop);
            _out.CommitFrame();
        }
        finally
        {
            _out.Framing = false;
        }
        var result = _out.ToArray();
        if (_out.Capacity <= SpareMemoLimit * 16)
        {
            _out.Clear();
            t_spareOutput = _out;
        }
        _out = outer;
        return result;
    }

    private void Save(PyObject value, bool persistentSave)
    {
        // A full frame is closed as the next object starts (so opcodes a container writes after
        // its last item, SETITEMS or APPENDS, still go into it).
        _out.OpcodeBoundary();
        if (!persistentSave && PersistentId is not null)
        {
            var id = PersistentId.Call1(value);
            if (!ReferenceEquals(id, PyNone.Instance))
            {
                SavePersistent(id);
                return;
            }
        }
        // Atoms are never memoized. Each test is `GetType() == typeof(exact class)`, which NativeAOT
        // compiles to a compare of the object's class pointer (a Type held in a local is a call).
        if (ReferenceEquals(value, PyNone.Instance))
        {
            _out.Write(Opcodes.None);
        }
        else if (value.GetType() == typeof(PyInt) || value.GetType() == typeof(PyBigInt))
        {
            SaveInt(Unsafe.As<PyInt>(value));
        }
        else if (value.GetType() == typeof(PyBool))
        {
            SaveBool(Unsafe.As<PyBool>(value).IsTrue());
        }
        else if (value.GetType() == typeof(PyFloat))
        {
            SaveFloat(Unsafe.As<PyFloat>(value).Value);
        }
        else if (_memo.TryGetValue(value, out var index))
        {
            MemoGet(index);
        }
        else if (PyStr.IsExact(value))
        {
            SaveStr(Unsafe.As<PyStr>(value));
        }
        else if (value.GetType() == typeof(PyBytes) && !Unsafe.As<PyBytes>(value).IsByteArray)
        {
            SaveBytes(Unsafe.As<PyBytes>(value));
        }
        else
        {
            CallDepth.EnterNested(" while pickling an object");
            try
            {
                SaveContainerOrReduce(value);
            }
            finally
            {
                CallDepth.Leave();
            }
        }
    }

    private void SaveContainerOrReduce(PyObject value)
    {
        if (value.GetType() == typeof(PyDict))
        {
            SaveDict(Unsafe.As<PyDict>(value));
            return;
        }
        if (value.GetType() == typeof(PyList))
        {
            SaveList(Unsafe.As<PyList>(value));
            return;
        }
        if (PyTuple.AsExact(value) is { } tuple)
        {
            SaveTuple(tuple);
            return;
        }
        if (value.GetType() == typeof(PySet))
        {
            var set = Unsafe.As<PySet>(value);
            if (set.Frozen) SaveFrozenSet(set);
            else SaveSet(set);
            return;
        }
        if (value.GetType() == typeof(PyBytes))
        {
            SaveByteArray(Unsafe.As<PyBytes>(value));
            return;
        }

        if (ReferenceEquals(value, PickleModule.CodecsEncode))
        {
            WriteGlobal(value, new PyStr("_codecs"), new PyStr("encode"), null);
            return;
        }
        PyObject? reduced = null;
        if (ReducerOverride is not null)
        {
            reduced = ReducerOverride.Call1(value);
            if (ReferenceEquals(reduced, PyNotImplemented.Instance)) reduced = null;
        }
        if (reduced is null)
        {
            var type = value.Type;
            if (value is PyType t && type == PyType.TypeType)
            {
                SaveType(t);
                return;
            }
            if (value.GetType() == typeof(PyFunction))
            {
                SaveGlobal(value, null);
                return;
            }
            var reducer = ReducerFor(type);
            if (reducer is not null)
            {
                reduced = reducer.Call1(value);
            }
            else if (value is PyType)
            {
                SaveGlobal(value, null);
                return;
            }
            else if (value is PyEllipsis or PyNotImplemented)
            {
                // The singletons reduce to their names in builtins.
                WriteGlobal(value, new PyStr("builtins"), new PyStr(value is PyEllipsis ? "Ellipsis" : "NotImplemented"), null);
                return;
            }
            else if (value is PyBuiltinFunction builtin)
            {
                // Builtin functions reduce to their name (CPython's builtin __reduce__).
                SaveGlobal(value, new PyStr(builtin.Name));
                return;
            }
            else if (value.GetType() == typeof(PyInstance) && Protocol >= 2 && PersistentId is null
                && PlainReduction.Pickles(type, out var slotNames) && IsPlainInstance(Unsafe.As<PyInstance>(value)) && NewObjIsPlain())
            {
                SavePlainInstance(Unsafe.As<PyInstance>(value), type, slotNames!);
                return;
            }
            else if (Attributes.TryGetAttr(value, "__reduce_ex__") is { } reduceEx)
            {
                reduced = reduceEx.Call1(PyInt.From(Protocol));
            }
            else if (Attributes.TryGetAttr(value, "__reduce__") is { } reduce)
            {
                reduced = reduce.Call0();
            }
            else
            {
                throw PickleModule.PicklingError($"can't pickle '{type.Name}' object: {value.Repr()}");
            }
        }
        if (reduced is PyStr name)
        {
            SaveGlobal(value, name);
            return;
        }
        if (reduced is not PyTuple recipe) throw PickleModule.PicklingError("__reduce__ must return a string or tuple");
        SaveReduce(recipe, value);
    }

    private PyObject? ReducerFor(PyType type)
    {
        if (DispatchTable is null)
        {
            return PickleModule.CopyregDispatchTable() is { Count: > 0 } table ? table.TryGet(type) : null;
        }
        if (DispatchTable is PyDict dict && dict.GetType() == typeof(PyDict)) return dict.TryGet(type);
        try
        {
            return Subscript.GetItem(DispatchTable, type);
        }
        catch (Exceptions.PyException e) when (e.Value.Type.IsSubtypeOf(Exceptions.ExceptionTypes.KeyError))
        {
            return null;
        }
    }

    private void SavePersistent(PyObject id)
    {
        if (Binary)
        {
            Save(id, true);
            _out.Write(Opcodes.BinPersId);
            return;
        }
        var text = id is PyStr s ? s.Value : Text.Str(id);
        foreach (var c in text)
        {
            if (c > 0x7f) throw PickleModule.PicklingError("persistent IDs in protocol 0 must be ASCII strings");
        }
        _out.Write(Opcodes.PersId);
        _out.WriteAscii(text);
        _out.Write((byte)'\n');
    }

    private void SaveBool(bool value)
    {
        if (Protocol >= 2) _out.Write(value ? Opcodes.NewTrue : Opcodes.NewFalse);
        else _out.WriteAscii(value ? "I01\n" : "I00\n");
    }

    private void SaveInt(PyInt value)
    {
        if (value.IsSmall && value.Small is >= int.MinValue and <= int.MaxValue)
        {
            var v = value.Small;
            if (!Binary)
            {
                _out.Write(Opcodes.Int);
                _out.WriteAscii(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
                _out.Write((byte)'\n');
            }
            else if (v is >= 0 and <= 0xff)
            {
                _out.Write(Opcodes.BinInt1, (byte)v);
            }
            else if (v is >= 0 and <= 0xffff)
            {
                _out.WriteUInt16(Opcodes.BinInt2, (int)v);
            }
            else
            {
                _out.WriteInt32(Opcodes.BinInt, (int)v);
            }
            return;
        }
        if (Protocol >= 2)
        {
            // Two's complement, little-endian, in as few bytes as hold the sign.
            // Written in place from the int's own limbs, after the header its length decides.
            var length = IntBytes.SignedByteCount(value);
            Span<byte> payload;
            if (length < 256)
            {
                payload = _out.Take(2 + length);
                payload[0] = Opcodes.Long1;
                payload[1] = (byte)length;
                payload = payload[2..];
            }
            else
            {
                payload = _out.Take(5 + length);
                payload[0] = Opcodes.Long4;
                System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(payload[1..], length);
                payload = payload[5..];
            }
            IntBytes.WriteSigned(value, payload);
            return;
        }
        _out.Write(Opcodes.Long);
        _out.WriteAscii(value.Repr());
        _out.WriteAscii("L\n");
    }

    private void SaveFloat(double value)
    {
        if (Binary)
        {
            _out.WriteDouble(Opcodes.BinFloat, value);
            return;
        }
        _out.Write(Opcodes.Float);
        _out.WriteAscii(FloatRepr.Of(value));
        _out.Write((byte)'\n');
    }

    private void SaveStr(PyStr value)
    {
        if (!Binary)
        {
            _out.Write(Opcodes.Unicode);
            WriteRawUnicodeEscape(value.Value);
            _out.Write((byte)'\n');
        }
        else
        {
            // The characters in place (an inline str makes no string to be read).
            var text = value.Chars;
            if (TryWriteStrEncoded(text))
            {
                MemoPut(value);
                return;
            }
            var size = PickleText.Utf8Length(text);
            if (size <= 0xff && Protocol >= 4)
            {
                var span = _out.Take(2 + size);
                span[0] = Opcodes.ShortBinUnicode;
                span[1] = (byte)size;
                PickleText.EncodeUtf8(text, span[2..]);
            }
            else if (size < PickleOutput.FrameSizeTarget)
            {
                var span = _out.Take(5 + size);
                span[0] = Opcodes.BinUnicode;
                System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(span[1..], size);
                PickleText.EncodeUtf8(text, span[5..]);
            }
            else
            {
                var payload = new byte[size];
                PickleText.EncodeUtf8(text, payload);
                Span<byte> header = stackalloc byte[9];
                header[0] = Opcodes.BinUnicode;
                System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(header[1..], size);
                _out.WritePayload(header[..5], payload);
            }
        }
        MemoPut(value);
    }

    /// <summary>
    /// A str's opcode written with one encoding pass: room is taken for the most bytes the text
    /// can need (3 per UTF-16 unit) or, where that would not fit the 1-byte size of
    /// SHORT_BINUNICODE, for ASCII; .NET's UTF-8 encoder fills it and what is left is given back.
    /// False, with nothing written, for text it refuses (a lone surrogate, which pickle writes
    /// with surrogatepass) or that turns out longer than the room: the two-pass path then runs.
    /// </summary>
    private bool TryWriteStrEncoded(ReadOnlySpan<char> text)
    {
        var n = text.Length;
        if (n <= ShortAscii && TryWriteShortAscii(text)) return true;
        int header, room;
        if (Protocol >= 4 && n <= 0xff)
        {
            header = 2;
            room = n * 3 <= 0xff ? n * 3 : n;
        }
        else if (n * 3L < PickleOutput.FrameSizeTarget)
        {
            header = 5;
            room = n * 3;
        }
        else
        {
            return false;
        }
        var span = _out.Take(header + room);
        var status = System.Text.Unicode.Utf8.FromUtf16(text, span[header..], out _, out var size, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            _out.Unwrite(header + room);
            return false;
        }
        WriteUnicodeHeader(span, header, size);
        _out.Unwrite(room - size);
        return true;
    }

    // SHORT_BINUNICODE with a one-byte length (a 2-byte header), else BINUNICODE with four.
    private static void WriteUnicodeHeader(Span<byte> span, int header, int size)
    {
        if (header == 2)
        {
            span[0] = Opcodes.ShortBinUnicode;
            span[1] = (byte)size;
        }
        else
        {
            span[0] = Opcodes.BinUnicode;
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(span[1..], size);
        }
    }

    // Up to this many characters, ASCII text is narrowed by a plain loop: the general encoder's
    // fixed cost per call is more than a short str's whole copy (most strs pickled are short).
    private const int ShortAscii = 32;

    /// <summary>A short str's opcode when its text is ASCII (one byte per char); false, with nothing written, otherwise.</summary>
    private bool TryWriteShortAscii(ReadOnlySpan<char> text)
    {
        var n = text.Length;
        var header = Protocol >= 4 ? 2 : 5;
        var span = _out.Take(header + n);
        var bytes = span[header..];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x80)
            {
                _out.Unwrite(header + n);
                return false;
            }
            bytes[i] = (byte)c;
        }
        WriteUnicodeHeader(span, header, n);
        return true;
    }

    // Protocol 0's text: raw-unicode-escape, with the characters that would end or break the
    // line (and the backslash itself) escaped too.
    private void WriteRawUnicodeEscape(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            if (c >= 0x10000) _out.WriteAscii("\\U" + c.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
            else if (c >= 256 || c == '\\' || c == 0 || c == '\n' || c == '\r' || c == 0x1a) _out.WriteAscii("\\u" + c.ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else _out.Write((byte)c);
        }
    }

    private void SaveBytes(PyBytes value)
    {
        if (Protocol == 2 && value.Count > 0 && PersistentId is null)
        {
            SaveBytesAsLatin1Text(value);
            return;
        }
        if (Protocol < 3)
        {
            // Python 2 has no bytes opcode: bytes are rebuilt as codecs.encode(latin-1 text).
            PyTuple recipe = value.Count == 0
                ? PyTuple.Of(PyBytes.BytesType, PyTuple.Empty)
                : PyTuple.Of(PickleModule.CodecsEncode, PyTuple.CopyOf([new PyStr(value.ToLatin1()), PickleModule.Latin1]));
            SaveReduce(recipe, value);
            return;
        }
        WriteBytesData(value.Data, Opcodes.ShortBinBytes, Opcodes.BinBytes, Opcodes.BinBytes8);
        MemoPut(value);
    }

    /// <summary>
    /// Protocol 2's bytes, written as SaveReduce writes the recipe (_codecs.encode, (text, 'latin1'))
    /// without making the text and the tuple: the global, the text as BINUNICODE (each byte its
    /// character's UTF-8), 'latin1', TUPLE2, REDUCE, with the memo entries the text and the tuple
    /// would take (no object can meet them again). Only without persistent_id, which would see them.
    /// </summary>
    private void SaveBytesAsLatin1Text(PyBytes value)
    {
        Save(PickleModule.CodecsEncode, false);
        var data = value.Data;
        _out.OpcodeBoundary();
        var size = data.Length;
        foreach (var b in data)
        {
            if (b >= 0x80) size++;
        }
        var span = _out.Take(5 + size);
        span[0] = Opcodes.BinUnicode;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(span[1..], size);
        if (size == data.Length)
        {
            data.CopyTo(span[5..]);
        }
        else
        {
            var o = 5;
            foreach (var b in data)
            {
                if (b < 0x80)
                {
                    span[o++] = b;
                    continue;
                }
                span[o++] = (byte)(0xc0 | (b >> 6));
                span[o++] = (byte)(0x80 | (b & 0x3f));
            }
        }
        WriteMemoPut(_memo.AddUnkeyed());
        Save(PickleModule.Latin1, false);
        _out.Write(Opcodes.Tuple2);
        WriteMemoPut(_memo.AddUnkeyed());
        _out.Write(Opcodes.Reduce);
        MemoPut(value);
    }

    private void WriteBytesData(ReadOnlySpan<byte> data, byte shortOp, byte op, byte op8)
    {
        Span<byte> header = stackalloc byte[9];
        int headerSize;
        if (data.Length <= 0xff && shortOp != 0)
        {
            header[0] = shortOp;
            header[1] = (byte)data.Length;
            headerSize = 2;
        }
        else if ((uint)data.Length <= uint.MaxValue && op != 0)
        {
            header[0] = op;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(header[1..], (uint)data.Length);
            headerSize = 5;
        }
        else
        {
            header[0] = op8;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(header[1..], (ulong)data.Length);
            headerSize = 9;
        }
        _out.WritePayload(header[..headerSize], data);
    }

    private void SaveByteArray(PyBytes value)
    {
        if (Protocol < 5)
        {
            var args = value.Count == 0 ? PyTuple.Empty : PyTuple.Of(PyBytes.Of(value.Data.ToArray()));
            SaveReduce(PyTuple.Of(PyBytes.ByteArrayType, args), value);
            return;
        }
        WriteBytesData(value.Data, 0, 0, Opcodes.ByteArray8);
        MemoPut(value);
    }

    private void SaveTuple(PyTuple tuple)
    {
        var count = tuple.Count;
        if (count == 0)
        {
            if (Binary) _out.Write(Opcodes.EmptyTuple);
            else _out.WriteAscii("(t");
            return;
        }
        if (count <= 3 && Protocol >= 2)
        {
            foreach (var item in tuple.Items)
            {
                if (!TryWriteShortInt(item)) Save(item, false);
            }
            // Saving the items may have saved this tuple (it is inside one of them).
            if (_memo.TryGetValue(tuple, out var index))
            {
                for (var i = 0; i < count; i++) _out.Write(Opcodes.Pop);
                MemoGet(index);
                return;
            }
            _out.Write(count switch { 1 => Opcodes.Tuple1, 2 => Opcodes.Tuple2, _ => Opcodes.Tuple3 });
            MemoPut(tuple);
            return;
        }
        _out.Write(Opcodes.Mark);
        foreach (var item in tuple.Items)
        {
            if (!TryWriteShortInt(item)) Save(item, false);
        }
        if (_memo.TryGetValue(tuple, out var found))
        {
            if (Binary)
            {
                _out.Write(Opcodes.PopMark);
            }
            else
            {
                for (var i = 0; i <= count; i++) _out.Write(Opcodes.Pop);
            }
            MemoGet(found);
            return;
        }
        _out.Write(Opcodes.Tuple);
        MemoPut(tuple);
    }

    private void SaveList(PyList list)
    {
        if (Binary) _out.Write(Opcodes.EmptyList);
        else _out.WriteAscii("(l");
        MemoPut(list);
        if (list.Count == 0) return;
        if (!Binary)
        {
            BatchItems(Iteration.GetIter(list));
            return;
        }
        if (list.Count == 1)
        {
            Save(list[0], false);
            _out.Write(Opcodes.Append);
            return;
        }
        // Read by index with the length read again each time, as CPython does: a persistent_id
        // or __reduce__ hook that changes the list changes what is written.
        var total = 0;
        do
        {
            _out.Write(Opcodes.Mark);
            var inBatch = 0;
            while (total < list.Count)
            {
                var item = list[total];
                if (!TryWriteShortInt(item)) Save(item, false);
                total++;
                if (++inBatch == BatchSize) break;
            }
            _out.Write(Opcodes.Appends);
        }
        while (total < list.Count);
    }

    /// <summary>
    /// Save of an exact int in 0..0xffff (BININT1 or BININT2), inlined into the list loop: a list
    /// of small ints then costs no call per item. False, with nothing written, for anything else,
    /// for protocol 0 (text opcodes) or when a persistent_id hook must see each object first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryWriteShortInt(PyObject item)
    {
        if (item.GetType() != typeof(PyInt) || PersistentId is not null || !Binary) return false;
        var value = Unsafe.As<PyInt>(item);
        if (!value.IsSmall || (ulong)value.Small > 0xffff) return false;
        _out.OpcodeBoundary();
        var v = (int)value.Small;
        if (v <= 0xff) _out.Write(Opcodes.BinInt1, (byte)v);
        else _out.WriteUInt16(Opcodes.BinInt2, v);
        return true;
    }

    /// <summary>Items of an iterator appended to the list below them (APPEND, or APPENDS batches).</summary>
    private void BatchItems(PyIterator items)
    {
        if (!Binary)
        {
            while (items.Next() is { } item)
            {
                Save(item, false);
                _out.Write(Opcodes.Append);
            }
            return;
        }
        while (true)
        {
            if (items.Next() is not { } first) return;
            if (items.Next() is not { } second)
            {
                Save(first, false);
                _out.Write(Opcodes.Append);
                return;
            }
            _out.Write(Opcodes.Mark);
            Save(first, false);
            var n = 1;
            PyObject? next = second;
            while (next is not null)
            {
                Save(next, false);
                if (++n == BatchSize) break;
                next = items.Next();
            }
            _out.Write(Opcodes.Appends);
            if (n != BatchSize) return;
        }
    }

    private void SaveDict(PyDict dict)
    {
        if (Binary) _out.Write(Opcodes.EmptyDict);
        else _out.WriteAscii("(d");
        MemoPut(dict);
        if (dict.Count == 0) return;
        if (!Binary)
        {
            BatchPairs(Iteration.GetIter(Attributes.CallMethod0(dict, "items")));
            return;
        }
        var size = dict.Count;
        var pos = 0;
        if (size == 1)
        {
            dict.NextEntry(ref pos, out var key, out var value);
            Save(key, false);
            Save(value, false);
            _out.Write(Opcodes.SetItem);
            return;
        }
        int inBatch;
        do
        {
            inBatch = 0;
            _out.Write(Opcodes.Mark);
            while (dict.NextEntry(ref pos, out var key, out var value))
            {
                Save(key, false);
                if (!TryWriteShortInt(value)) Save(value, false);
                if (++inBatch == BatchSize) break;
            }
            _out.Write(Opcodes.SetItems);
            if (dict.Count != size) throw Errors.RuntimeError("dictionary changed size during iteration");
        }
        while (inBatch == BatchSize);
    }

    /// <summary>Key/value pairs of an iterator set into the dict below them (SETITEM, or SETITEMS batches).</summary>
    private void BatchPairs(PyIterator items)
    {
        (PyObject Key, PyObject Value) Pair(PyObject item) =>
            item is PyTuple { Count: 2 } t ? (t[0], t[1]) : throw Errors.TypeError("dict items iterator must return 2-tuples");
        if (!Binary)
        {
            while (items.Next() is { } item)
            {
                var (k, v) = Pair(item);
                Save(k, false);
                Save(v, false);
                _out.Write(Opcodes.SetItem);
            }
            return;
        }
        while (true)
        {
            if (items.Next() is not { } first) return;
            if (items.Next() is not { } second)
            {
                var (k, v) = Pair(first);
                Save(k, false);
                Save(v, false);
                _out.Write(Opcodes.SetItem);
                return;
            }
            _out.Write(Opcodes.Mark);
            var (k1, v1) = Pair(first);
            Save(k1, false);
            Save(v1, false);
            var n = 1;
            PyObject? next = second;
            while (next is not null)
            {
                var (k, v) = Pair(next);
                Save(k, false);
                Save(v, false);
                if (++n == BatchSize) break;
                next = items.Next();
            }
            _out.Write(Opcodes.SetItems);
            if (n != BatchSize) return;
        }
    }

    private void SaveSet(PySet set)
    {
        if (Protocol < 4)
        {
            SaveReduce(PyTuple.Of(PySet.SetType, PyTuple.CopyOf([new PyList(set.Keys.ToArray())])), set);
            return;
        }
        _out.Write(Opcodes.EmptySet);
        MemoPut(set);
        var size = set.Count;
        if (size == 0) return;
        var pos = 0;
        int inBatch;
        do
        {
            inBatch = 0;
            _out.Write(Opcodes.Mark);
            while (set.NextEntry(ref pos, out var item, out _))
            {
                Save(item, false);
                if (++inBatch == BatchSize) break;
            }
            _out.Write(Opcodes.AddItems);
            if (set.Count != size) throw Errors.RuntimeError("set changed size during iteration");
        }
        while (inBatch == BatchSize);
    }

    private void SaveFrozenSet(PySet set)
    {
        if (Protocol < 4)
        {
            SaveReduce(PyTuple.Of(PySet.FrozenSetType, PyTuple.CopyOf([new PyList(set.Keys.ToArray())])), set);
            return;
        }
        _out.Write(Opcodes.Mark);
        foreach (var item in set.Keys) Save(item, false);
        if (_memo.TryGetValue(set, out var index))
        {
            _out.Write(Opcodes.PopMark);
            MemoGet(index);
            return;
        }
        _out.Write(Opcodes.FrozenSet);
        MemoPut(set);
    }

    private void SaveType(PyType type)
    {
        // The singletons' types are rebuilt by calling type() on the singleton.
        PyObject? singleton = type == PyNone.Instance.Type ? PyNone.Instance
            : type == PyNotImplemented.Instance.Type ? PyNotImplemented.Instance
            : type == PyEllipsis.Instance.Type ? PyEllipsis.Instance
            : null;
        if (singleton is not null)
        {
            SaveReduce(PyTuple.Of(PyType.TypeType, PyTuple.CopyOf([singleton])), type);
            return;
        }
        SaveGlobal(type, null);
    }

    /// <summary>A class or function by reference: its module and qualified name.</summary>
    private void SaveGlobal(PyObject value, PyStr? givenName)
    {
        // The name and module strings are the objects the function or class holds: saved with
        // protocol 4 they are memoized, so the next global of the same module refers back.
        var nameObject = givenName
            ?? (Attributes.TryGetAttr(value, "__qualname__") ?? Attributes.GetAttr(value, "__name__")) as PyStr
            ?? throw Errors.TypeError("__qualname__ must be a string");
        var name = nameObject.Value;
        var path = name.Split('.');
        foreach (var part in path)
        {
            if (part == "<locals>") throw Errors.AttributeError($"Can't pickle local object {nameObject.Repr()}");
        }
        var moduleObject = WhichModule(value, path);
        var moduleName = moduleObject.Value;
        PyObject module;
        try
        {
            module = Imports.ImportAs(moduleName);
        }
        catch (Exceptions.PyException e) when (e.Value.Type.IsSubtypeOf(Exceptions.ExceptionTypes.ImportError))
        {
            throw PickleModule.PicklingError($"Can't pickle {value.Repr()}: import of module {moduleObject.Repr()} failed");
        }
        PyObject parent = module, found = module;
        foreach (var part in path)
        {
            parent = found;
            found = Attributes.TryGetAttr(found, part)
                ?? throw PickleModule.PicklingError($"Can't pickle {value.Repr()}: attribute lookup {name} on {moduleName} failed");
        }
        if (!ReferenceEquals(found, value))
        {
            throw PickleModule.PicklingError($"Can't pickle {value.Repr()}: it's not the same object as {moduleName}.{name}");
        }
        WriteGlobal(value, moduleObject, nameObject, ReferenceEquals(parent, module) ? null : (parent, path[^1]));
    }

    /// <summary>The opcodes naming a global, and its memo entry; <paramref name="nested"/> is (parent, attribute) for a nested name.</summary>
    private void WriteGlobal(PyObject value, PyStr moduleObject, PyStr nameObject, (PyObject Parent, string Attribute)? nested)
    {
        string moduleName = moduleObject.Value, name = nameObject.Value;
        // CPython's module names are interned: one object per name, whatever holds it.
        _moduleNames ??= new(StringComparer.Ordinal);
        if (_moduleNames.TryGetValue(moduleName, out var interned)) moduleObject = interned;
        else _moduleNames[moduleName] = moduleObject;
        if (Protocol >= 2 && PickleModule.ExtensionCode(moduleName, name) is { } code)
        {
            if (code <= 0xff) _out.Write(Opcodes.Ext1, (byte)code);
            else if (code <= 0xffff) _out.WriteUInt16(Opcodes.Ext2, (int)code);
            else _out.WriteInt32(Opcodes.Ext4, (int)code);
            return;
        }
        if (Protocol >= 4)
        {
            Save(moduleObject, false);
            Save(nameObject, false);
            _out.Write(Opcodes.StackGlobal);
        }
        else if (nested is var (parent, attribute))
        {
            // A nested name (Outer.Inner) before protocol 4: getattr(Outer, 'Inner').
            SaveReduce(PyTuple.Of(Attributes.GetAttr(Interpreter.Current.Builtins, "getattr"), PyTuple.CopyOf([parent, new PyStr(attribute)])), null);
        }
        else
        {
            if (Protocol < 3 && FixImports) (moduleName, name) = PickleNames.ToPython2(moduleName, name);
            _out.Write(Opcodes.Global);
            WriteIdentifier(moduleName);
            _out.Write((byte)'\n');
            WriteIdentifier(name);
            _out.Write((byte)'\n');
        }
        MemoPut(value);
    }

    private void WriteIdentifier(string identifier)
    {
        if (Protocol >= 3)
        {
            var span = _out.Take(PickleText.Utf8Length(identifier));
            PickleText.EncodeUtf8(identifier, span);
            return;
        }
        foreach (var c in identifier)
        {
            if (c > 0x7f) throw PickleModule.PicklingError($"can't pickle module identifier {new PyStr(identifier).Repr()} using pickle protocol {Protocol}");
        }
        _out.WriteAscii(identifier);
    }

    private static PyStr WhichModule(PyObject value, string[] path)
    {
        if (Attributes.TryGetAttr(value, "__module__") is PyStr module) return module;
        // No __module__: the first imported module where the name leads to the object.
        foreach (var (name, candidate) in Interpreter.Current.Modules.ToArray())
        {
            if (name == "__main__" || name == "__mp_main__") continue;
            PyObject? found = candidate;
            foreach (var part in path)
            {
                found = found is null ? null : Attributes.TryGetAttr(found, part);
            }
            if (ReferenceEquals(found, value)) return new PyStr(name);
        }
        return new PyStr("__main__");
    }

    /// <summary>Writes what a reduce tuple describes: how to make the object, then its items and state.</summary>
    private void SaveReduce(PyTuple recipe, PyObject? value)
    {
        if (recipe.Count is < 2 or > 6) throw PickleModule.PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements");
        var callable = recipe[0];
        var argsObject = recipe[1];
        var state = recipe.Count > 2 && recipe[2] is not PyNone ? recipe[2] : null;
        var listItems = recipe.Count > 3 && recipe[3] is not PyNone ? recipe[3] : null;
        var dictItems = recipe.Count > 4 && recipe[4] is not PyNone ? recipe[4] : null;
        var stateSetter = recipe.Count > 5 && recipe[5] is not PyNone ? recipe[5] : null;
        if (!BuiltinsModule.IsCallable(callable)) throw PickleModule.PicklingError("first item of the tuple returned by __reduce__ must be callable");
        if (argsObject is not PyTuple args) throw PickleModule.PicklingError("second item of the tuple returned by __reduce__ must be a tuple");
        if (listItems is not null && !IsIterator(listItems))
        {
            throw PickleModule.PicklingError($"fourth element of the tuple returned by __reduce__ must be an iterator, not {listItems.Type.TpName}");
        }
        if (dictItems is not null && !IsIterator(dictItems))
        {
            throw PickleModule.PicklingError($"fifth element of the tuple returned by __reduce__ must be an iterator, not {dictItems.Type.TpName}");
        }
        if (stateSetter is not null && !BuiltinsModule.IsCallable(stateSetter))
        {
            throw PickleModule.PicklingError($"sixth element of the tuple returned by __reduce__ must be a function, not {stateSetter.Type.TpName}");
        }
        var callableName = Protocol >= 2 ? NameOf(callable) : null;

        if (callableName == "__newobj_ex__")
        {
            if (args.Count != 3) throw PickleModule.PicklingError($"length of the NEWOBJ_EX argument tuple must be exactly 3, not {args.Count}");
            if (args[0] is not PyType cls) throw PickleModule.PicklingError($"first item from NEWOBJ_EX argument tuple must be a class, not {args[0].Type.TpName}");
            if (value is not null && !ReferenceEquals(Attributes.GetAttr(value, "__class__"), cls))
            {
                throw PickleModule.PicklingError($"first item from NEWOBJ_EX argument tuple must be {Attributes.GetAttr(value, "__class__").Repr()}, not {cls.Repr()}");
            }
            if (args[1] is not PyTuple newArgs) throw PickleModule.PicklingError($"second item from NEWOBJ_EX argument tuple must be a tuple, not {args[1].Type.TpName}");
            if (args[2] is not PyDict kwargs) throw PickleModule.PicklingError($"third item from NEWOBJ_EX argument tuple must be a dict, not {args[2].Type.TpName}");
            if (Protocol >= 4)
            {
                Save(cls, false);
                Save(newArgs, false);
                Save(kwargs, false);
                _out.Write(Opcodes.NewObjEx);
            }
            else
            {
                // Protocols 2-3: functools.partial(cls.__new__, cls, *args, **kwargs)().
                var partialType = Attributes.GetAttr(Imports.ImportAs("functools"), "partial");
                var partialArgs = new List<PyObject> { Attributes.GetAttr(cls, "__new__"), cls };
                partialArgs.AddRange(newArgs.Items.ToArray());
                var names = new List<string>();
                for (var pos = 0; kwargs.NextEntry(ref pos, out var k, out var v);)
                {
                    names.Add(((PyStr)k).Value);
                    partialArgs.Add(v);
                }
                var partial = partialType.Call(partialArgs.ToArray(), names.Count > 0 ? [.. names] : null);
                Save(partial, false);
                Save(PyTuple.Empty, false);
                _out.Write(Opcodes.Reduce);
            }
        }
        else if (callableName == "__newobj__")
        {
            if (args.Count < 1) throw PickleModule.PicklingError("__newobj__ arglist is empty");
            if (args[0] is not PyType cls) throw PickleModule.PicklingError("args[0] from __newobj__ args is not a type");
            if (value is not null && !ReferenceEquals(Attributes.GetAttr(value, "__class__"), cls))
            {
                throw PickleModule.PicklingError("args[0] from __newobj__ args has the wrong class");
            }
            Save(cls, false);
            Save(args.Count == 1 ? PyTuple.Empty : PyTuple.CopyOf(args.Items[1..]), false);
            _out.Write(Opcodes.NewObj);
        }
        else
        {
            Save(callable, false);
            Save(args, false);
            _out.Write(Opcodes.Reduce);
        }

        if (value is not null)
        {
            // The object was written while its arguments were (it is recursive): drop the new
            // one and use the memo's.
            if (_memo.TryGetValue(value, out var index))
            {
                _out.Write(Opcodes.Pop);
                MemoGet(index);
                return;
            }
            MemoPut(value);
        }
        if (listItems is not null) BatchItems(Iteration.GetIter(listItems));
        if (dictItems is not null) BatchPairs(Iteration.GetIter(dictItems));
        if (state is not null)
        {
            if (stateSetter is null)
            {
                Save(state, false);
                _out.Write(Opcodes.Build);
            }
            else
            {
                // state_setter(obj, state), its result popped: the stack is as BUILD leaves it.
                Save(stateSetter, false);
                Save(value!, false);
                Save(state, false);
                _out.Write(Opcodes.Tuple2);
                _out.Write(Opcodes.Reduce);
                _out.Write(Opcodes.Pop);
            }
        }
    }

    /// <summary>
    /// The callable's __name__ as a str, or null. A class whose metaclass is type, and a builtin
    /// function, answer from their own name (no str is made for each object reduced); anything
    /// else is asked.
    /// </summary>
    private static string? NameOf(PyObject callable)
    {
        if (callable is PyType type && ReferenceEquals(type.Type, PyType.TypeType)) return type.Name;
        if (callable.GetType() == typeof(PyBuiltinFunction)) return Unsafe.As<PyBuiltinFunction>(callable).Name;
        return Attributes.TryGetAttr(callable, "__name__") is PyStr n ? n.Value : null;
    }

    // The last layout found without its own __reduce_ex__ or __getstate__ (instances of a class
    // mostly share one), and whether copyreg.__newobj__ still has that name in this dump (0: not asked).
    private InstanceLayout? _plainLayout;
    private int _newObjPlain;

    /// <summary>Whether the instance's own attributes leave object.__reduce_ex__ and __getstate__ in charge, as the class's do.</summary>
    private bool IsPlainInstance(PyInstance instance)
    {
        if (instance.Layout is { } layout)
        {
            if (ReferenceEquals(layout, _plainLayout)) return true;
            if (layout.IndexOf("__reduce_ex__") >= 0 || layout.IndexOf("__getstate__") >= 0) return false;
            _plainLayout = layout;
            return true;
        }
        return instance.DictIfAny is not { } dict || (dict.TryGetStr("__reduce_ex__") is null && dict.TryGetStr("__getstate__") is null);
    }

    /// <summary>
    /// Whether copyreg.__newobj__, which object.__reduce_ex__ names, is still called that: the
    /// pickler writes NEWOBJ for a callable of that name only. Asked once per dump.
    /// </summary>
    private bool NewObjIsPlain()
    {
        if (_newObjPlain == 0)
        {
            var newObj = Attributes.TryGetAttr(Imports.Import("copyreg"), "__newobj__");
            _newObjPlain = newObj is not null && Attributes.TryGetAttr(newObj, "__name__") is PyStr { Value: "__newobj__" } ? 1 : 2;
        }
        return _newObjPlain == 1;
    }

    /// <summary>
    /// An instance pickled by object's default recipe, written as SaveReduce would write
    /// (copyreg.__newobj__, (cls,), object.__getstate__()): cls, EMPTY_TUPLE, NEWOBJ, the memo
    /// entry, then the state and BUILD. The state is read from the instance as __getstate__ would
    /// make it; attributes kept in a layout are written as the dict they stand for, without making it.
    /// </summary>
    private void SavePlainInstance(PyInstance instance, PyType type, PyObject slotNames)
    {
        Save(type, false);
        Save(PyTuple.Empty, false);
        _out.Write(Opcodes.NewObj);
        if (_memo.TryGetValue(instance, out var index))
        {
            _out.Write(Opcodes.Pop);
            MemoGet(index);
            return;
        }
        MemoPut(instance);
        // object.__getstate__: the slots are read before anything of the state is written.
        PyDict? slots = null;
        if (slotNames is PyList { Count: > 0 } names)
        {
            slots = new PyDict();
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i];
                if (name is not PyStr s) throw Errors.TypeError($"attribute name must be string, not '{name.Type.TpName}'");
                PyObject? slotValue;
                try
                {
                    slotValue = InstanceAttributes.Generic(instance, s.Value);
                }
                catch (Exceptions.PyException e) when (e.Value.Type.IsSubtypeOf(Exceptions.ExceptionTypes.AttributeError))
                {
                    slotValue = null;
                }
                if (slotValue is not null) slots.Set(name, slotValue);
            }
            if (slots.Count == 0) slots = null;
        }
        var dict = instance.DictIfAny;
        var layout = dict is null ? instance.Layout : null;
        var size = dict?.Count ?? (layout is null ? 0 : PresentCount(instance, layout));
        if (size == 0 && slots is null) return;
        if (slots is not null)
        {
            // The state is the pair (dict or None, slots), a tuple of its own.
            _out.OpcodeBoundary();
            CallDepth.EnterNested(" while pickling an object");
            try
            {
                if (size == 0) Save(PyNone.Instance, false);
                else SaveInstanceDict(instance, dict, layout, size);
                Save(slots, false);
            }
            finally
            {
                CallDepth.Leave();
            }
            _out.Write(Opcodes.Tuple2);
            WriteMemoPut(_memo.AddUnkeyed());
        }
        else
        {
            SaveInstanceDict(instance, dict, layout, size);
        }
        _out.Write(Opcodes.Build);
    }

    private static int PresentCount(PyInstance instance, InstanceLayout layout)
    {
        var start = instance.StorageIndex(0);
        var n = 0;
        for (var i = 0; i < layout.Count; i++)
        {
            if (instance.PeekValue(start + i) is not null) n++;
        }
        return n;
    }

    /// <summary>
    /// The instance dict as Save would write it: the dict itself when there is one, else the
    /// layout's names and values in its order, as the dict they would make (its memo entry has no
    /// object: nothing else can hold a dict that does not exist yet).
    /// </summary>
    private void SaveInstanceDict(PyInstance instance, PyDict? dict, InstanceLayout? layout, int size)
    {
        if (dict is not null)
        {
            Save(dict, false);
            return;
        }
        _out.OpcodeBoundary();
        CallDepth.EnterNested(" while pickling an object");
        try
        {
            _out.Write(Opcodes.EmptyDict);
            var items = new LayoutItems(instance, layout!, _memo.AddUnkeyed());
            WriteMemoPut(items.MemoIndex);
            PyObject key, value;
            if (size == 1)
            {
                items.Next(this, out key, out value);
                Save(key, false);
                Save(value, false);
                _out.Write(Opcodes.SetItem);
                items.Size(this);
                return;
            }
            // SaveDict's batches.
            int inBatch;
            do
            {
                inBatch = 0;
                _out.Write(Opcodes.Mark);
                while (items.Next(this, out key, out value))
                {
                    Save(key, false);
                    Save(value, false);
                    if (++inBatch == BatchSize) break;
                }
                _out.Write(Opcodes.SetItems);
                if (items.Size(this) != size) throw Errors.RuntimeError("dictionary changed size during iteration");
            }
            while (inBatch == BatchSize);
        }
        finally
        {
            CallDepth.Leave();
        }
    }

    /// <summary>
    /// The items of an instance's layout, in order, as iterating its dict gives them. Code the
    /// pickler runs for a value may make the instance's dict (or change its attributes): from then
    /// on the items come from that dict, which takes the memo index written for it.
    /// </summary>
    private struct LayoutItems(PyInstance instance, InstanceLayout layout, int memoIndex)
    {
        public readonly int MemoIndex = memoIndex;
        private int _index;
        private int _taken;
        private PyDict? _dict;
        private int _dictPos;

        public bool Next(PickleWriter writer, out PyObject key, out PyObject value)
        {
            if (_dict is null && !ReferenceEquals(instance.Shape, layout)) SwitchToDict(writer);
            if (_dict is not null)
            {
                _taken++;
                return _dict.NextEntry(ref _dictPos, out key, out value);
            }
            var start = instance.StorageIndex(0);
            while (_index < layout.Count)
            {
                var i = _index++;
                if (instance.ValueAt(start + i) is { } found)
                {
                    key = layout.KeyAt(i);
                    value = found;
                    _taken++;
                    return true;
                }
            }
            key = value = null!;
            return false;
        }

        /// <summary>How many items the dict has now.</summary>
        public int Size(PickleWriter writer)
        {
            if (_dict is null && !ReferenceEquals(instance.Shape, layout)) SwitchToDict(writer);
            return _dict?.Count ?? PresentCount(instance, layout);
        }

        private void SwitchToDict(PickleWriter writer)
        {
            _dict = instance.Dict!;
            if (!writer._memo.TryGetValue(_dict, out _)) writer._memo.KeyUnkeyed(_dict, MemoIndex);
            for (var n = 0; n < _taken && _dict.NextEntry(ref _dictPos, out _, out _); n++)
            {
            }
        }
    }

    private static bool IsIterator(PyObject o) => o is PyIterator || o.Type.Lookup("__next__") is not null;

    private void MemoPut(PyObject value)
    {
        var index = _memo.Count;
        _memo.Set(value, index);
        WriteMemoPut(index);
    }

    // The protocol 4 case inlined (one byte); the others, which write the index, out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteMemoPut(int index)
    {
        if (Protocol >= 4) _out.Write(Opcodes.Memoize);
        else WriteMemoPutIndexed(index);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteMemoPutIndexed(int index)
    {
        if (Binary)
        {
            if (index < 256) _out.Write(Opcodes.BinPut, (byte)index);
            else _out.WriteInt32(Opcodes.LongBinPut, index);
        }
        else
        {
            _out.Write(Opcodes.Put);
            _out.WriteAscii(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _out.Write((byte)'\n');
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MemoGet(int index)
    {
        if (Binary && index < 256) _out.Write(Opcodes.BinGet, (byte)index);
        else MemoGetWide(index);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void MemoGetWide(int index)
    {
        if (Binary)
        {
            _out.WriteInt32(Opcodes.LongBinGet, index);
        }
        else
        {
            _out.Write(Opcodes.Get);
            _out.WriteAscii(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _out.Write((byte)'\n');
        }
    }
}
