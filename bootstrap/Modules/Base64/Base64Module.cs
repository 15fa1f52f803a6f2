using System.Linq;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Binascii;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Base64;

/// <summary>
/// The <c>base64</c> module: base64 (standard, URL-safe, with altchars and validate), base32 and
/// base32hex, base16, encodebytes/decodebytes and the file-to-file encode/decode, over binascii.
/// </summary>
[PythonModule("base64")]
[PythonExport("b64encode")]
[PythonExport("b64decode")]
[PythonExport("standard_b64encode")]
[PythonExport("standard_b64decode")]
[PythonExport("urlsafe_b64encode")]
[PythonExport("urlsafe_b64decode")]
[PythonExport("b32encode")]
[PythonExport("b32decode")]
[PythonExport("b32hexencode")]
[PythonExport("b32hexdecode")]
[PythonExport("b16encode")]
[PythonExport("b16decode")]
[PythonExport("encodebytes")]
[PythonExport("decodebytes")]
[PythonExport("a85encode")]
[PythonExport("a85decode")]
[PythonExport("b85encode")]
[PythonExport("b85decode")]
[PythonExport("encode")]
[PythonExport("decode")]
[PythonExport("MAXLINESIZE")]
[PythonExport("MAXBINSIZE")]
public static class Base64Module
{
    private const int MaxBinSize = 57;

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("MAXLINESIZE", PyInt.From(76));
        g.Set("MAXBINSIZE", PyInt.From(MaxBinSize));
        Function(g, "b64encode", ["s", "altchars"], 1, static a => B64Encode(a[0]!, a[1]));
        Function(g, "b64decode", ["s", "altchars", "validate"], 1, static a => B64Decode(a[0]!, a[1], ModuleArgs.Bool(a[2])));
        Function(g, "standard_b64encode", ["s"], 1, static a => B64Encode(a[0]!, null));
        Function(g, "standard_b64decode", ["s"], 1, static a => B64Decode(a[0]!, null, false));
        Function(g, "urlsafe_b64encode", ["s"], 1, static a => Translate(B64Encode(a[0]!, null), "+/", "-_"));
        Function(g, "urlsafe_b64decode", ["s"], 1, static a => B64Decode(Translate(DecodeData(a[0]!), "-_", "+/"), null, false));
        Function(g, "b32encode", ["s"], 1, static a => PyBytes.Of(Base32.Encode(MemoryView(a[0]!), Base32.Standard)));
        Function(g, "b32hexencode", ["s"], 1, static a => PyBytes.Of(Base32.Encode(MemoryView(a[0]!), Base32.ExtendedHex)));
        Function(g, "b32decode", ["s", "casefold", "map01"], 1, static a => B32Decode(a[0]!, ModuleArgs.Bool(a[1]), a[2], Base32.Standard));
        Function(g, "b32hexdecode", ["s", "casefold"], 1, static a => B32Decode(a[0]!, ModuleArgs.Bool(a[1]), null, Base32.ExtendedHex));
        Function(g, "b16encode", ["s"], 1, static a => PyBytes.Of(Hex.Encode(BinasciiModule.Bytes(a[0]!), null, 1).Select(c => (byte)char.ToUpperInvariant((char)c)).ToArray()));
        Function(g, "b16decode", ["s", "casefold"], 1, static a =>
        {
            var data = DecodeData(a[0]!);
            if (ModuleArgs.Bool(a[1])) data = data.Select(c => (byte)char.ToUpperInvariant((char)c)).ToArray();
            if (data.Any(c => c is not ((>= (byte)'0' and <= (byte)'9') or (>= (byte)'A' and <= (byte)'F'))))
            {
                throw Errors.Raise(BinasciiModule.Error, "Non-base16 digit found");
            }
            return PyBytes.Of(Hex.Decode(data));
        });
        KeywordFunction(g, "a85encode", ["b"], ["foldspaces", "wrapcol", "pad", "adobe"], static a =>
        {
            var adobe = ModuleArgs.Bool(a[4]);
            var result = Base85.Encode(MemoryView(a[0]!), d => (byte)(d + 33), ModuleArgs.Bool(a[3]), true, ModuleArgs.Bool(a[1])).ToList();
            if (adobe) result.InsertRange(0, "<~"u8.ToArray());
            var wrapcol = a[2] is null ? 0 : (int)ModuleArgs.Int(a[2]!);
            if (wrapcol != 0)
            {
                wrapcol = System.Math.Max(adobe ? 2 : 1, wrapcol);
                var chunks = new List<List<byte>>();
                for (var i = 0; i < result.Count; i += wrapcol) chunks.Add(result.GetRange(i, System.Math.Min(wrapcol, result.Count - i)));
                if (chunks.Count == 0) chunks.Add([]);
                if (adobe && chunks[^1].Count + 2 > wrapcol) chunks.Add([]);
                result = chunks.SelectMany((c, i) => i == 0 ? c : new List<byte> { (byte)'\n' }.Concat(c)).ToList();
            }
            if (adobe) result.AddRange("~>"u8.ToArray());
            return PyBytes.Of([.. result]);
        });
        KeywordFunction(g, "a85decode", ["b"], ["foldspaces", "adobe", "ignorechars"], static a =>
        {
            var ignore = a[3] is null ? " \t\n\r\v"u8.ToArray() : DecodeData(a[3]!);
            return PyBytes.Of(Base85.A85Decode(DecodeData(a[0]!), ModuleArgs.Bool(a[1]), ModuleArgs.Bool(a[2]), ignore));
        });
        Function(g, "b85encode", ["b", "pad"], 1, static a =>
            PyBytes.Of(Base85.Encode(MemoryView(a[0]!), d => (byte)Base85.B85Alphabet[d], ModuleArgs.Bool(a[1]), false, false)));
        Function(g, "b85decode", ["b"], 1, static a => PyBytes.Of(Base85.B85Decode(DecodeData(a[0]!))));
        Function(g, "encodebytes", ["s"], 1, static a =>
        {
            var data = InputTypeCheck(a[0]!);
            var result = new List<byte>();
            for (var i = 0; i < data.Length; i += MaxBinSize)
            {
                result.AddRange(Base64Codec.Encode(data.AsSpan(i, System.Math.Min(MaxBinSize, data.Length - i)), true));
            }
            return PyBytes.Of([.. result]);
        });
        Function(g, "decodebytes", ["s"], 1, static a => PyBytes.Of(Base64Codec.Decode(InputTypeCheck(a[0]!), false)));
        Function(g, "encode", ["input", "output"], 2, static a =>
        {
            while (true)
            {
                var chunk = ReadBytes(a[0]!, MaxBinSize);
                if (chunk.Length == 0) break;
                while (chunk.Length < MaxBinSize)
                {
                    var more = ReadBytes(a[0]!, MaxBinSize - chunk.Length);
                    if (more.Length == 0) break;
                    chunk = [.. chunk, .. more];
                }
                Operations.Attributes.CallMethod1(a[1]!, "write", PyBytes.Of(Base64Codec.Encode(chunk, true)));
            }
            return PyNone.Instance;
        });
        Function(g, "decode", ["input", "output"], 2, static a =>
        {
            while (true)
            {
                var line = Operations.Attributes.CallMethod0(a[0]!, "readline");
                if (!Operations.Truth.IsTrue(line)) break;
                Operations.Attributes.CallMethod1(a[1]!, "write", PyBytes.Of(Base64Codec.Decode(BinasciiModule.AsciiData(line), false)));
            }
            return PyNone.Instance;
        });
    }

    /// <summary>A module function with Python's positional-or-keyword parameters and messages.</summary>
    private static void Function(ModuleGlobals g, string name, string[] names, int required, Func<PyObject?[], PyObject> body)
    {
        var signature = new NativeSignature(name, names, names.Length - required);
        g.Set(name, new PyBuiltinFunction(name, (args, kw) =>
        {
            var bound = new PyObject?[signature.Slots];
            signature.Bind(null, args, kw, bound);
            return body(bound);
        }));
    }

    /// <summary>A function with positional-or-keyword <paramref name="names"/> (all required) and optional keyword-only ones.</summary>
    private static void KeywordFunction(ModuleGlobals g, string name, string[] names, string[] keywordOnly, Func<PyObject?[], PyObject> body)
    {
        var signature = new NativeSignature(name, names, 0, keywordOnly);
        g.Set(name, new PyBuiltinFunction(name, (args, kw) =>
        {
            var bound = new PyObject?[signature.Slots];
            signature.Bind(null, args, kw, bound);
            return body(bound);
        }));
    }

    private static byte[] ReadBytes(PyObject file, int size)
    {
        var chunk = Operations.Attributes.CallMethod1(file, "read", PyInt.From(size));
        return chunk is PyBytes b ? b.Data.ToArray() : throw Errors.TypeError($"a bytes-like object is required, not '{chunk.Type.TpName}'");
    }

    private static PyBytes B64Encode(PyObject s, PyObject? altchars)
    {
        var encoded = Base64Codec.Encode(BinasciiModule.Bytes(s), false);
        if (altchars is null or PyNone) return PyBytes.Of(encoded);
        if (altchars.Length() != 2) throw Errors.Raise(ExceptionTypes.AssertionError, altchars.Repr());
        var alt = BinasciiModule.Bytes(altchars);
        return Translate(encoded, "+/", $"{(char)alt[0]}{(char)alt[1]}");
    }

    private static PyBytes B64Decode(PyObject s, PyObject? altchars, bool validate)
    {
        var data = DecodeData(s);
        if (altchars is not null and not PyNone)
        {
            var alt = DecodeData(altchars);
            if (alt.Length != 2) throw Errors.Raise(ExceptionTypes.AssertionError, PyBytes.Of(alt).Repr());
            data = Translate(data, $"{(char)alt[0]}{(char)alt[1]}", "+/").Data.ToArray();
        }
        return PyBytes.Of(Base64Codec.Decode(data, validate));
    }

    private static PyBytes B32Decode(PyObject s, bool casefold, PyObject? map01, string alphabet)
    {
        var data = DecodeData(s);
        if (data.Length % 8 != 0) throw Errors.Raise(BinasciiModule.Error, "Incorrect padding");
        if (map01 is not null and not PyNone)
        {
            var map = DecodeData(map01);
            if (map.Length != 1) throw Errors.Raise(ExceptionTypes.AssertionError, PyBytes.Of(map).Repr());
            data = Translate(data, "01", $"O{(char)map[0]}").Data.ToArray();
        }
        if (casefold) data = data.Select(c => (byte)char.ToUpperInvariant((char)c)).ToArray();
        return PyBytes.Of(Base32.Decode(data, alphabet));
    }

    private static PyBytes Translate(PyBytes data, string from, string to) => Translate(data.Data.ToArray(), from, to);

    private static PyBytes Translate(byte[] data, string from, string to)
    {
        var result = data.ToArray();
        for (var i = 0; i < result.Length; i++)
        {
            var k = from.IndexOf((char)result[i]);
            if (k >= 0) result[i] = (byte)to[k];
        }
        return PyBytes.Of(result);
    }

    /// <summary>What the decoders accept: bytes-like objects and ASCII str.</summary>
    private static byte[] DecodeData(PyObject s)
    {
        if (s is PyStr text)
        {
            if (text.Value.Any(c => c > 127)) throw Errors.ValueError("string argument should contain only ASCII characters");
            return text.Value.Select(c => (byte)c).ToArray();
        }
        if (s is PyBytes b) return b.Data.ToArray();
        throw Errors.TypeError($"argument should be a bytes-like object or ASCII string, not '{s.Type.TpName}'");
    }

    private static byte[] MemoryView(PyObject s) => BytesMethods.TryBytesLike(s)
        ?? throw Errors.TypeError($"memoryview: a bytes-like object is required, not '{s.Type.TpName}'");

    private static byte[] InputTypeCheck(PyObject s) => s is PyBytes b
        ? b.Data.ToArray()
        : throw Errors.TypeError($"expected bytes-like object, not {s.Type.TpName}");
}
