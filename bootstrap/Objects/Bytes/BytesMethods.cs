using System.Text;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The <c>bytes</c> and <c>bytearray</c> type objects. Methods whose meaning on bytes is the same
/// as on str byte for byte (find, split with a separator, replace, justify...) run the str
/// implementation over the bytes as Latin-1 text; case and whitespace rules are ASCII-only.
/// </summary>
internal static class BytesMethods
{
    public static readonly PyType BytesIteratorType = new("bytes_iterator", null);
    public static readonly PyType ByteArrayIteratorType = new("bytearray_iterator", null);

    private const string AsciiWhitespace = " \t\n\r\x0b\x0c";

    public static PyType CreateType(string name)
    {
        var type = new PyType(name, null);
        var isByteArray = name == "bytearray";
        type.Constructor = (args, kw) => Construct(name, isByteArray, args, kw);
        // The method table is made at the first look at the type's dict, not at every start-up (see PyType.Defer).
        type.Defer(t => AddMethods(t, name, isByteArray));
        return type;
    }

    private static void AddMethods(PyType type, string name, bool isByteArray)
    {
        type.Method("decode", static (self, args, kw) =>
        {
            var n = Args.PositionalCount(args, kw);
            Args.OnlyKeywords("decode", kw, "encoding", "errors");
            if (n > 2) throw Errors.TypeError($"decode() takes at most 2 arguments ({n} given)");
            var enc = n > 0 ? args[0] : Args.Keyword(args, kw, "encoding");
            var err = n > 1 ? args[1] : Args.Keyword(args, kw, "errors");
            return Codecs.DecodeStr((PyBytes)self,
                enc is null ? "utf-8" : StrMethods.StrArg(enc, "decode", "encoding"),
                err is null ? "strict" : StrMethods.StrArg(err, "decode", "errors"));
        }, args0: static self => Codecs.DecodeStr((PyBytes)self, "utf-8", "strict"));
        type.Method("hex", static (self, args, kw) =>
        {
            Args.Check(((PyBytes)self).Type.Name, "hex", args, kw, 0, 2);
            var data = ((PyBytes)self).Data;
            var hex = Convert.ToHexString(data).ToLowerInvariant();
            if (args.Length == 0) return new PyStr(hex);
            var sep = HexSeparator(args[0]);
            if (data.Length == 0) return new PyStr(hex);
            var group = args.Length > 1 ? (int)Conversions.ToIndex(args[1]) : 1;
            var pairs = new List<string>(data.Length);
            for (var i = 0; i < data.Length; i++) pairs.Add(hex.Substring(i * 2, 2));
            var groups = new List<string>();
            var size = Math.Abs(group);
            if (group > 0)
            {
                var first = pairs.Count % size;
                if (first > 0) groups.Add(string.Concat(pairs.GetRange(0, first)));
                for (var i = first; i < pairs.Count; i += size) groups.Add(string.Concat(pairs.GetRange(i, Math.Min(size, pairs.Count - i))));
            }
            else
            {
                for (var i = 0; i < pairs.Count; i += size) groups.Add(string.Concat(pairs.GetRange(i, Math.Min(size, pairs.Count - i))));
            }
            return new PyStr(string.Join(sep, groups));
        });
        type.StaticFunction("fromhex", (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError($"{name}.fromhex() takes no keyword arguments");
            Args.Count("fromhex", args.Length, 1, 1);
            var s = args[0] is PyStr ps ? ps.Value : throw Errors.TypeError($"fromhex() argument must be str, not {args[0].Type.TpName}");
            var result = new List<byte>();
            var i = 0;
            while (i < s.Length)
            {
                // Any ASCII whitespace may separate the pairs.
                if (s[i] is ' ' or '\t' or '\n' or '\r' or '\v' or '\f') { i++; continue; }
                if (!char.IsAsciiHexDigit(s[i])) throw Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
                if (i + 1 >= s.Length || !char.IsAsciiHexDigit(s[i + 1])) throw Errors.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
                result.Add(Convert.ToByte(s.Substring(i, 2), 16));
                i += 2;
            }
            return PyBytes.Of([.. result], isByteArray);
        });
        foreach (var m in new[] { "find", "rfind", "index", "rindex", "count", "startswith", "endswith", "replace", "partition", "rpartition",
            "center", "ljust", "rjust", "zfill", "removeprefix", "removesuffix", "splitlines", "expandtabs", "join" })
        {
            var method = m;
            type.Method(method, (self, args, kw) => ViaStr(method, (PyBytes)self, args, kw));
        }
        type.Method("split", (self, args, kw) => SplitOrStrip("split", (PyBytes)self, args, kw));
        type.Method("rsplit", (self, args, kw) => SplitOrStrip("rsplit", (PyBytes)self, args, kw));
        type.Method("strip", (self, args, kw) => SplitOrStrip("strip", (PyBytes)self, args, kw));
        type.Method("lstrip", (self, args, kw) => SplitOrStrip("lstrip", (PyBytes)self, args, kw));
        type.Method("rstrip", (self, args, kw) => SplitOrStrip("rstrip", (PyBytes)self, args, kw));
        type.Method("upper", static self => MapAscii((PyBytes)self, static c => c is >= 'a' and <= 'z' ? (char)(c - 32) : c));
        type.Method("lower", static self => MapAscii((PyBytes)self, static c => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c));
        type.Method("swapcase", static self => MapAscii((PyBytes)self, static c => c is >= 'a' and <= 'z' ? (char)(c - 32) : c is >= 'A' and <= 'Z' ? (char)(c + 32) : c));
        type.Method("isdigit", static self => Predicate((PyBytes)self, static c => c is >= '0' and <= '9'));
        type.Method("isalpha", static self => Predicate((PyBytes)self, char.IsAsciiLetter));
        type.Method("isalnum", static self => Predicate((PyBytes)self, char.IsAsciiLetterOrDigit));
        type.Method("isspace", static self => Predicate((PyBytes)self, static c => AsciiWhitespace.Contains(c)));
        type.Method("title", static self => Title((PyBytes)self));
        type.Method("capitalize", static self => Capitalize((PyBytes)self));
        type.Method("istitle", static self => IsTitle((PyBytes)self));
        type.Method("isupper", static self => CaseTest((PyBytes)self, upper: true));
        type.Method("islower", static self => CaseTest((PyBytes)self, upper: false));
        type.Method("isascii", static self => PyBool.From(System.Text.Ascii.IsValid(((PyBytes)self).Data)));
        type.Method("__len__", static self => PyInt.From(((PyBytes)self).Count));
        BytesTranslation.AddMethods(type, name);
        if (isByteArray) AddByteArrayMethods(type);
        else
        {
            type.Method("__bytes__", static self => self.GetType() == typeof(PyBytes) ? self : PyBytes.Of(((PyBytes)self).Data.ToArray()));
            type.Method("__getnewargs__", static self => PyTuple.Of(self.GetType() == typeof(PyBytes) ? self : PyBytes.Of(((PyBytes)self).Data.ToArray())));
        }
    }

    private static void AddByteArrayMethods(PyType type)
    {
        type.Method("append", static (self, x) =>
        {
            ((PyBytes)self).Append(ByteValue(x));
            return PyNone.Instance;
        });
        type.Method("extend", static (self, x) =>
        {
            var b = (PyBytes)self;
            foreach (var v in ToByteArray(x)) b.Append(v);
            return PyNone.Instance;
        });
        type.Method("pop", static (self, args, kw) =>
        {
            Args.Check("bytearray", "pop", args, kw, 0, 1);
            var b = (PyBytes)self;
            if (b.Count == 0) throw Errors.IndexError("pop from empty bytearray");
            var i = args.Length == 0 ? -1 : Conversions.ToIndex(args[0]);
            if (i < 0) i += b.Count;
            if (i < 0 || i >= b.Count) throw Errors.IndexError("pop index out of range");
            var data = new List<byte>(b.Data.ToArray());
            var v = data[(int)i];
            data.RemoveAt((int)i);
            b.Replace([.. data]);
            return PyInt.From(v);
        });
        type.Method("insert", static (self, args, kw) =>
        {
            Args.Check("bytearray", "insert", args, kw, 2, 2);
            var b = (PyBytes)self;
            var i = Conversions.ToIndex(args[0]);
            if (i < 0) i = Math.Max(0, i + b.Count);
            if (i > b.Count) i = b.Count;
            var data = new List<byte>(b.Data.ToArray());
            data.Insert((int)i, ByteValue(args[1]));
            b.Replace([.. data]);
            return PyNone.Instance;
        });
        type.Method("remove", static (self, x) =>
        {
            var b = (PyBytes)self;
            var v = ByteValue(x);
            var i = b.Data.IndexOf(v);
            if (i < 0) throw Errors.ValueError("value not found in bytearray");
            var data = new List<byte>(b.Data.ToArray());
            data.RemoveAt(i);
            b.Replace([.. data]);
            return PyNone.Instance;
        });
        type.Method("reverse", static self =>
        {
            var b = (PyBytes)self;
            var data = b.Data.ToArray();
            Array.Reverse(data);
            b.Replace(data);
            return PyNone.Instance;
        });
        type.Method("clear", static self =>
        {
            ((PyBytes)self).Replace([]);
            return PyNone.Instance;
        });
        type.Method("copy", static self => PyBytes.Of(((PyBytes)self).Data.ToArray(), true));
    }

    public static byte ByteValue(PyObject x)
    {
        if (x is not PyInt i) throw Errors.TypeError($"'{x.Type.TpName}' object cannot be interpreted as an integer");
        if (!i.IsSmall || i.Small is < 0 or > 255) throw Errors.ValueError("byte must be in range(0, 256)");
        return (byte)i.Small;
    }

    /// <summary>hex()'s separator: one ASCII character, given as str or bytes.</summary>
    internal static string HexSeparator(PyObject sep)
    {
        var text = sep switch
        {
            PyStr s => s.Value,
            PyBytes b => System.Text.Encoding.Latin1.GetString(b.Data),
            _ => throw Errors.TypeError($"object of type '{sep.Type.TpName}' has no len()"),
        };
        if (text.Length != 1) throw Errors.ValueError("sep must be length 1.");
        if (text[0] > 127) throw Errors.ValueError("sep must be ASCII.");
        return text;
    }

    /// <summary>The bytes of a bytes-like object; TypeError with <paramref name="message"/> ({0} = type name) otherwise.</summary>
    public static byte[] BytesLike(PyObject o, string message) =>
        TryBytesLike(o) ?? throw Errors.TypeError(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, o.Type.Name));

    /// <summary>
    /// A copy of the bytes of an object with the buffer protocol (bytes, bytearray, memoryview), or null.
    /// Every C-level consumer of a buffer in CPython takes all three; a released view raises ValueError.
    /// </summary>
    public static byte[]? TryBytesLike(PyObject o) => o switch
    {
        PyBytes b => b.Data.ToArray(),
        PyMemoryView m => m.ToArray(),
        _ => null,
    };

    /// <summary>bytes(iterable): a bytes-like object or an iterable of ints in range(256).</summary>
    public static byte[] ToByteArray(PyObject o, bool forBytesConstructor = true)
    {
        if (o is PyBytes b) return b.Data.ToArray();
        if (o is PyMemoryView m) return m.ToArray();
        if (o is PyStr && forBytesConstructor) throw Errors.TypeError("string argument without an encoding");
        if (o.Iter() is null || o is PyStr) throw Errors.TypeError($"cannot convert '{o.Type.TpName}' object to bytes");
        var items = Iteration.ToArray(o);
        var result = new byte[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyInt v) throw Errors.TypeError($"'{items[i].Type.TpName}' object cannot be interpreted as an integer");
            if (!v.IsSmall || v.Small is < 0 or > 255) throw Errors.ValueError("bytes must be in range(0, 256)");
            result[i] = (byte)v.Small;
        }
        return result;
    }

    private static PyObject Construct(string name, bool isByteArray, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var n = Args.PositionalCount(args, kw);
        Args.OnlyKeywords(name, kw, "source", "encoding", "errors");
        if (n > 3) throw Errors.TypeError($"{name}() takes at most 3 arguments ({n} given)");
        var source = n > 0 ? args[0] : Args.Keyword(args, kw, "source");
        var encoding = n > 1 ? args[1] : Args.Keyword(args, kw, "encoding");
        var errors = n > 2 ? args[2] : Args.Keyword(args, kw, "errors");
        if (source is null)
        {
            if (encoding is not null || errors is not null) throw Errors.TypeError(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
            return isByteArray ? PyBytes.Of([], true) : PyBytes.Empty;
        }
        if (source is PyStr s)
        {
            if (encoding is null) throw Errors.TypeError("string argument without an encoding");
            var encoded = Codecs.Encode(s, StrMethods.StrArg(encoding, name, "encoding"), errors is null ? "strict" : StrMethods.StrArg(errors, name, "errors"));
            return PyBytes.Of(encoded.Data.ToArray(), isByteArray);
        }
        if (encoding is not null) throw Errors.TypeError("encoding without a string argument");
        if (errors is not null) throw Errors.TypeError("errors without a string argument");
        if (source is PyInt count)
        {
            if (!count.IsSmall) throw Errors.OverflowError("cannot fit 'int' into an index-sized integer");
            if (count.Small < 0) throw Errors.ValueError("negative count");
            return PyBytes.Of(new byte[count.Small], isByteArray);
        }
        if (source is PyBytes { IsByteArray: false } same && !isByteArray && same is not PyBytesSubclass) return same;
        if (!isByteArray && source.Type.IsHeapType && source.Type.Lookup("__bytes__") is { } toBytes and not PyBuiltinMethod)
        {
            var r = SpecialMethods.Call0(source, toBytes);
            return r is PyBytes { IsByteArray: false } rb ? (rb is PyBytesSubclass ? PyBytes.Of(rb.Data.ToArray()) : rb)
                : throw Errors.TypeError($"__bytes__ returned non-bytes (type {r.Type.TpName})");
        }
        return PyBytes.Of(ToByteArray(source), isByteArray);
    }

    private static PyObject ToStrArg(PyObject o) => o switch
    {
        PyBytes b => new PyStr(b.ToLatin1()),
        PyTuple t => PyTuple.FromArray(Sequences.Map(t.Items, ToStrArg)),
        PyStr => throw Errors.TypeError("argument should be integer or bytes-like object, not 'str'"),
        _ => o,
    };

    private static PyObject FromStrResult(PyObject o, bool isByteArray) => o switch
    {
        PyStr s => PyBytes.FromLatin1(s.Value, isByteArray),
        PyList l => new PyList(Sequences.Map(l.Items, x => FromStrResult(x, isByteArray))),
        PyTuple t => PyTuple.FromArray(Sequences.Map(t.Items, x => FromStrResult(x, isByteArray))),
        _ => o,
    };

    /// <summary>bytes.join's items as the latin-1 strs str.join joins.</summary>
    private static PyObject[] Latin1Items(PyObject[] items)
    {
        var strs = new PyObject[items.Length];
        for (var k = 0; k < items.Length; k++)
        {
            strs[k] = items[k] is PyBytes xb ? new PyStr(xb.ToLatin1())
                : throw Errors.TypeError($"sequence item {k}: expected a bytes-like object, {items[k].Type.TpName} found");
        }
        return strs;
    }

    private static PyObject ViaStr(string method, PyBytes self, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var converted = new PyObject[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            converted[i] = method == "join" && i == 0
                ? new PyList(Latin1Items(Iteration.ToArray(args[0])))
                : ToStrArg(args[i]);
        }
        PyObject result;
        try
        {
            result = Attributes.CallMethod(new PyStr(self.ToLatin1()), method, converted, kw);
        }
        catch (Exceptions.PyException e) when (method is "index" or "rindex" && e.Value.Type == Exceptions.ExceptionTypes.ValueError)
        {
            throw Errors.ValueError("subsection not found");
        }
        return FromStrResult(result, self.IsByteArray);
    }

    private static PyObject SplitOrStrip(string method, PyBytes self, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var sepGiven = Args.PositionalCount(args, kw) > 0 && args[0] is not PyNone || Args.Keyword(args, kw, "sep") is { } k && k is not PyNone;
        if (sepGiven || method is "strip" or "lstrip" or "rstrip" && args.Length > 0 && args[0] is not PyNone) return ViaStr(method, self, args, kw);
        if (method.EndsWith("strip", StringComparison.Ordinal)) return ViaStr(method, self, [PyBytes.Of(Encoding.Latin1.GetBytes(AsciiWhitespace))], null);
        // Whitespace split: ASCII whitespace only, so map other Latin-1 spaces out of the way first.
        var text = self.ToLatin1();
        var masked = new StringBuilder(text.Length);
        foreach (var c in text) masked.Append(AsciiWhitespace.Contains(c) ? ' ' : c > 127 || c is >= '\x1c' and <= '\x1f' ? 'x' : c);
        // One string of the masked text for the split and the search below (made per piece, it
        // was a copy of the whole text for every word: quadratic in the length).
        var maskedText = masked.ToString();
        var pieces = (PyList)Attributes.CallMethod(new PyStr(maskedText), method, args, kw);
        // Recover the original bytes of each piece by position.
        var result = new PyList();
        var pos = 0;
        foreach (var piece in pieces.Items.ToArray())
        {
            var p = ((PyStr)piece).Value;
            var at = maskedText.IndexOf(p, pos, StringComparison.Ordinal);
            result.Append(PyBytes.FromLatin1(text.Substring(at, p.Length), self.IsByteArray));
            pos = at + p.Length;
        }
        return result;
    }

    private static PyObject MapAscii(PyBytes self, Func<char, char> map)
    {
        var data = self.Data.ToArray();
        for (var i = 0; i < data.Length; i++) data[i] = (byte)map((char)data[i]);
        return PyBytes.Of(data, self.IsByteArray);
    }

    private static PyObject Predicate(PyBytes self, Func<char, bool> test)
    {
        if (self.Count == 0) return PyBool.False;
        foreach (var b in self.Data)
        {
            if (!test((char)b)) return PyBool.False;
        }
        return PyBool.True;
    }

    // bytes' case methods change and test ASCII letters only; other bytes are uncased.
    private static bool IsAsciiUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';

    private static bool IsAsciiLower(byte b) => b is >= (byte)'a' and <= (byte)'z';

    /// <summary>bytes.title(): a letter after a letter is lowered, any other letter raised.</summary>
    private static PyObject Title(PyBytes self)
    {
        var data = self.Data.ToArray();
        var afterLetter = false;
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            if (IsAsciiUpper(b) || IsAsciiLower(b))
            {
                data[i] = afterLetter ? (byte)(b | 0x20) : (byte)(b & ~0x20);
                afterLetter = true;
            }
            else
            {
                afterLetter = false;
            }
        }
        return PyBytes.Of(data, self.IsByteArray);
    }

    /// <summary>bytes.capitalize(): the first byte raised, the rest lowered.</summary>
    private static PyObject Capitalize(PyBytes self)
    {
        var data = self.Data.ToArray();
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            if (i == 0 && IsAsciiLower(b)) data[i] = (byte)(b - 32);
            else if (i > 0 && IsAsciiUpper(b)) data[i] = (byte)(b + 32);
        }
        return PyBytes.Of(data, self.IsByteArray);
    }

    /// <summary>bytes.istitle(): some letter, capitals only after non-letters, small letters only after letters.</summary>
    private static PyObject IsTitle(PyBytes self)
    {
        var cased = false;
        var afterLetter = false;
        foreach (var b in self.Data)
        {
            if (IsAsciiUpper(b))
            {
                if (afterLetter) return PyBool.False;
                afterLetter = cased = true;
            }
            else if (IsAsciiLower(b))
            {
                if (!afterLetter) return PyBool.False;
                afterLetter = cased = true;
            }
            else
            {
                afterLetter = false;
            }
        }
        return PyBool.From(cased);
    }

    private static PyObject CaseTest(PyBytes self, bool upper)
    {
        var cased = false;
        foreach (var b in self.Data)
        {
            if (upper ? b is >= (byte)'a' and <= (byte)'z' : b is >= (byte)'A' and <= (byte)'Z') return PyBool.False;
            if (upper ? b is >= (byte)'A' and <= (byte)'Z' : b is >= (byte)'a' and <= (byte)'z') cased = true;
        }
        return PyBool.From(cased);
    }
}
