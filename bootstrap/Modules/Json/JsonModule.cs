using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Json;

/// <summary>The <c>json</c> module: dumps/loads/dump/load with CPython's output and errors.</summary>
[PythonModule("json")]
[PythonExport("dumps")]
[PythonExport("loads")]
[PythonExport("dump")]
[PythonExport("load")]
[PythonExport("JSONDecodeError")]
public static class JsonModule
{
    private static readonly string[] DumpsNames =
        ["obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"];

    private static readonly string[] LoadsNames =
        ["s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict"];

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("dumps", new PyBuiltinFunction("dumps", static (args, kw) => Dumps("dumps", args, kw, Args.PositionalCount(args, kw))));
        g.Set("dump", new PyBuiltinFunction("dump", static (args, kw) =>
        {
            // dump(obj, fp, ...): the text goes to fp.write, as CPython's dump writes it (in chunks).
            var positional = Args.PositionalCount(args, kw);
            var fp = positional >= 2 ? args[1] : Args.Keyword(args, kw, "fp") ?? throw Errors.TypeError("dump() missing 1 required positional argument: 'fp'");
            var rest = new List<PyObject>();
            var names = new List<string>();
            for (var i = 0; i < args.Length; i++)
            {
                if (i == 1 && positional >= 2) continue;
                if (i >= positional && kw![i - positional] == "fp") continue;
                rest.Add(args[i]);
                if (i >= positional) names.Add(kw![i - positional]);
            }
            var text = Dumps("dump", rest.ToArray(), names.Count > 0 ? [.. names] : null, positional >= 2 ? positional - 1 : positional);
            Operations.Attributes.CallMethod1(fp, "write", text);
            return PyNone.Instance;
        }));
        g.Set("loads", new PyBuiltinFunction("loads", static (args, kw) => Loads("loads", args, kw, null)));
        g.Set("load", new PyBuiltinFunction("load", static (args, kw) =>
        {
            var positional = Args.PositionalCount(args, kw);
            if (positional == 0) throw Errors.TypeError("load() missing 1 required positional argument: 'fp'");
            var text = Operations.Attributes.CallMethod0(args[0], "read");
            return Loads("load", args, kw, text);
        }));
        g.Set("JSONDecodeError", JsonDecodeError.TypeObject);
    }

    private static PyStr Dumps(string function, ReadOnlySpan<PyObject> args, string[]? kw, int positional)
    {
        if (positional > 1) throw Errors.TypeError($"{function}() takes 1 positional argument but {positional} were given");
        var bound = new PyObject?[DumpsNames.Length];
        if (positional == 1) ObjectArrays.Store(bound, 0, args[0]);
        for (var k = 0; k < (kw?.Length ?? 0); k++)
        {
            var index = Array.IndexOf(DumpsNames, kw![k]);
            if (index < 0) throw Errors.TypeError($"JSONEncoder.__init__() got an unexpected keyword argument '{kw[k]}'");
            ObjectArrays.Store(bound, index, args[positional + k]);
        }
        if (bound[0] is null) throw Errors.TypeError($"{function}() missing 1 required positional argument: 'obj'");
        if (bound[5] is not null and not PyNone) throw Errors.NotImplemented("json encoder classes (cls=)");
        var indent = bound[6] switch
        {
            null or PyNone => null,
            PyStr s => s.Value,
            PyInt n => new string(' ', (int)System.Math.Max(0, ModuleArgs.Int(n))),
            var other => throw Errors.TypeError($"can't multiply sequence by non-int of type '{other.Type.TpName}'"),
        };
        string itemSeparator = indent is null ? ", " : ",", keySeparator = ": ";
        if (bound[7] is not null and not PyNone)
        {
            var parts = Operations.Unpacking.Unpack(bound[7]!, 2);
            itemSeparator = Operations.Text.Str(parts[0]);
            keySeparator = Operations.Text.Str(parts[1]);
        }
        var encoder = new JsonEncoder
        {
            SkipKeys = ModuleArgs.Bool(bound[1]),
            EnsureAscii = ModuleArgs.Bool(bound[2], true),
            CheckCircular = ModuleArgs.Bool(bound[3], true),
            AllowNan = ModuleArgs.Bool(bound[4], true),
            Indent = indent,
            ItemSeparator = itemSeparator,
            KeySeparator = keySeparator,
            Default = bound[8] is null or PyNone ? null : bound[8],
            SortKeys = ModuleArgs.Bool(bound[9]),
        };
        return encoder.EncodeStr(bound[0]!);
    }

    private static PyObject Loads(string function, ReadOnlySpan<PyObject> args, string[]? kw, PyObject? fromFile)
    {
        var positional = Args.PositionalCount(args, kw);
        if (positional > 1) throw Errors.TypeError($"{function}() takes 1 positional argument but {positional} were given");
        var bound = new PyObject?[LoadsNames.Length];
        if (positional == 1) ObjectArrays.Store(bound, 0, args[0]);
        for (var k = 0; k < (kw?.Length ?? 0); k++)
        {
            var index = Array.IndexOf(LoadsNames, kw![k]);
            if (index < 0 || (index == 0 && fromFile is not null)) throw Errors.TypeError($"JSONDecoder.__init__() got an unexpected keyword argument '{kw[k]}'");
            ObjectArrays.Store(bound, index, args[positional + k]);
        }
        var source = fromFile ?? bound[0] ?? throw Errors.TypeError($"{function}() missing 1 required positional argument: 's'");
        var text = source switch
        {
            PyStr s => s.Value,
            // bytes and bytearray: decoded as CPython's json.loads does, by the encoding their first bytes show.
            PyBytes b => Codecs.Decode(b, DetectEncoding(b.Data), "surrogatepass"),
            _ => throw Errors.TypeError($"the JSON object must be str, bytes or bytearray, not {source.Type.TpName}"),
        };
        if (bound[1] is not null and not PyNone) throw Errors.NotImplemented("json decoder classes (cls=)");
        static PyObject? Hook(PyObject? o) => o is null or PyNone ? null : o;
        var decoder = new JsonDecoder(text)
        {
            ObjectHook = Hook(bound[2]),
            ParseFloat = Hook(bound[3]),
            ParseInt = Hook(bound[4]),
            ParseConstant = Hook(bound[5]),
            ObjectPairsHook = Hook(bound[6]),
            Strict = ModuleArgs.Bool(bound[7], true),
        };
        return decoder.Decode();
    }

    /// <summary>
    /// The encoding of a JSON document given as bytes (json.detect_encoding): a byte order mark,
    /// else where the zero bytes of its first ASCII characters fall, else UTF-8.
    /// </summary>
    private static string DetectEncoding(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) || b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return "utf-32";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return "utf-16";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return "utf-8-sig";
        if (b.Length >= 4)
        {
            if (b[0] == 0) return b[1] != 0 ? "utf-16-be" : "utf-32-be";
            if (b[1] == 0) return b[2] != 0 || b[3] != 0 ? "utf-16-le" : "utf-32-le";
        }
        else if (b.Length == 2)
        {
            if (b[0] == 0) return "utf-16-be";
            if (b[1] == 0) return "utf-16-le";
        }
        return "utf-8";
    }
}
