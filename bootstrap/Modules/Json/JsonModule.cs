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
[PythonExport("JSONEncoder")]
[PythonExport("JSONDecoder")]
[PythonExport("detect_encoding")]
[PythonRequires("_json_classes")]
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
            var chunks = Dumps("dump", rest.ToArray(), names.Count > 0 ? [.. names] : null, positional >= 2 ? positional - 1 : positional, oneShot: false);
            if (chunks is PyStr text)
            {
                Operations.Attributes.CallMethod1(fp, "write", text);
            }
            else
            {
                // An encoder class's iterencode: each chunk goes to fp.write as it comes.
                var iterator = Operations.Iteration.GetIter(chunks);
                while (iterator.Next() is { } chunk) Operations.Attributes.CallMethod1(fp, "write", chunk);
            }
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
        g.Set("detect_encoding", new PyBuiltinFunction("detect_encoding", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("detect_encoding", args, kw, ["b"], 1);
            return new PyStr(a[0] is PyBytes b ? DetectEncoding(b.Data) : throw Errors.TypeError($"a bytes-like object is required, not '{a[0]!.Type.TpName}'"));
        }));
        // The classes are written in Python (_json_classes); imported on first use, so that a
        // program that only calls dumps/loads never runs their module.
        g.Set("__getattr__", new PyBuiltinFunction("__getattr__", (args, kw) =>
        {
            var a = ModuleArgs.Bind("__getattr__", args, kw, ["name"], 1);
            var name = a[0] is PyStr s ? s.Value : "";
            if (name is not ("JSONEncoder" or "JSONDecoder")) throw Errors.AttributeError($"module 'json' has no attribute '{name}'");
            var classes = Interpreter.Current.Import("_json_classes");
            foreach (var cls in (string[])["JSONEncoder", "JSONDecoder"]) g.Set(cls, Operations.Attributes.GetAttr(classes, cls));
            return Operations.Attributes.GetAttr(classes, name);
        }));
    }

    /// <summary>json.JSONEncoder or json.JSONDecoder, as the module has it now.</summary>
    private static PyObject ModuleClass(string name) => Operations.Attributes.GetAttr(Interpreter.Current.Import("json"), name);

    /// <summary>
    /// dumps (and dump's text): the native encoder's str, or with cls= that class's encode() (dumps)
    /// or iterencode() (dump, <paramref name="oneShot"/> false), called as CPython's json calls them.
    /// </summary>
    private static PyObject Dumps(string function, ReadOnlySpan<PyObject> args, string[]? kw, int positional, bool oneShot = true)
    {
        if (positional > 1) throw Errors.TypeError($"{function}() takes 1 positional argument but {positional} were given");
        var bound = new PyObject?[DumpsNames.Length];
        if (positional == 1) ObjectArrays.Store(bound, 0, args[0]);
        List<(string Name, PyObject Value)>? extra = null;
        for (var k = 0; k < (kw?.Length ?? 0); k++)
        {
            var index = Array.IndexOf(DumpsNames, kw![k]);
            if (index < 0) (extra ??= []).Add((kw[k], args[positional + k]));
            else ObjectArrays.Store(bound, index, args[positional + k]);
        }
        if (bound[0] is null) throw Errors.TypeError($"{function}() missing 1 required positional argument: 'obj'");
        if (bound[5] is not null and not PyNone || extra is not null)
        {
            return EncodeWithClass(bound, extra, oneShot);
        }
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
        List<(string Name, PyObject Value)>? extra = null;
        for (var k = 0; k < (kw?.Length ?? 0); k++)
        {
            var index = Array.IndexOf(LoadsNames, kw![k]);
            // strict is not loads' own parameter: like any other keyword it goes on to the decoder
            // class, in its place among them (the native decoder reads it from bound).
            if (index < 0 || index == StrictIndex || (index == 0 && fromFile is not null)) (extra ??= []).Add((kw[k], args[positional + k]));
            if (index >= 0 && !(index == 0 && fromFile is not null)) ObjectArrays.Store(bound, index, args[positional + k]);
        }
        var unknown = extra?.Find(e => e.Name != "strict").Name;
        if (unknown is not null && !Given(bound[1])) throw Errors.TypeError($"JSONDecoder.__init__() got an unexpected keyword argument '{unknown}'");
        if (unknown is null && !Given(bound[1])) extra = null;
        var source = fromFile ?? bound[0] ?? throw Errors.TypeError($"{function}() missing 1 required positional argument: 's'");
        var text = source switch
        {
            PyStr s => s.Value,
            // bytes and bytearray: decoded as CPython's json.loads does, by the encoding their first bytes show.
            PyBytes b => Codecs.Decode(b, DetectEncoding(b.Data), "surrogatepass"),
            _ => throw Errors.TypeError($"the JSON object must be str, bytes or bytearray, not {source.Type.TpName}"),
        };
        if (source is PyStr && text.StartsWith('\uFEFF')) throw JsonDecodeError.Create("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0).ToException();
        if (bound[1] is not null and not PyNone || extra is not null) return DecodeWithClass(bound, extra, new PyStr(text));
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

    private const int StrictIndex = 7;

    private static bool Given(PyObject? argument) => argument is not null and not PyNone;

    /// <summary>
    /// dumps(obj, cls=C, **kw): C(skipkeys=..., ..., sort_keys=..., **kw).encode(obj), every option
    /// passed with its default when not given, as CPython's dumps passes them.
    /// </summary>
    private static PyObject EncodeWithClass(PyObject?[] bound, List<(string Name, PyObject Value)>? extra, bool oneShot)
    {
        var cls = Given(bound[5]) ? bound[5]! : ModuleClass("JSONEncoder");
        string[] optionNames = ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent", "separators", "default", "sort_keys"];
        int[] optionIndexes = [1, 2, 3, 4, 6, 7, 8, 9];
        PyObject[] defaults = [PyBool.False, PyBool.True, PyBool.True, PyBool.True, PyNone.Instance, PyNone.Instance, PyNone.Instance, PyBool.False];
        var names = new List<string>(optionNames);
        var values = new List<PyObject>();
        for (var i = 0; i < optionNames.Length; i++) values.Add(bound[optionIndexes[i]] ?? defaults[i]);
        foreach (var (name, value) in extra ?? [])
        {
            names.Add(name);
            values.Add(value);
        }
        var encoder = cls.Call(values.ToArray(), [.. names]);
        return oneShot
            ? Operations.Attributes.CallMethod1(encoder, "encode", bound[0]!)
            : Operations.Attributes.CallMethod1(encoder, "iterencode", bound[0]!);
    }

    /// <summary>
    /// loads(s, cls=C, **kw): C(**kw).decode(s), the hooks that are not None added to kw after
    /// its own keywords, in CPython's order.
    /// </summary>
    private static PyObject DecodeWithClass(PyObject?[] bound, List<(string Name, PyObject Value)>? extra, PyStr text)
    {
        var cls = Given(bound[1]) ? bound[1]! : ModuleClass("JSONDecoder");
        var names = new List<string>();
        var values = new List<PyObject>();
        foreach (var (name, value) in extra ?? [])
        {
            names.Add(name);
            values.Add(value);
        }
        foreach (var index in (int[])[2, 6, 3, 4, 5])
        {
            if (!Given(bound[index])) continue;
            names.Add(LoadsNames[index]);
            values.Add(bound[index]!);
        }
        var decoder = cls.Call(values.ToArray(), [.. names]);
        return Operations.Attributes.CallMethod1(decoder, "decode", text);
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
