using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Structs;

/// <summary>
/// The <c>struct</c> module: pack/unpack/calcsize/iter_unpack/pack_into/unpack_from, Struct and
/// struct.error, with native sizes and alignment of x86-64 Linux for '@' formats.
/// </summary>
[PythonModule("struct")]
[PythonExport("calcsize")]
[PythonExport("pack")]
[PythonExport("pack_into")]
[PythonExport("unpack")]
[PythonExport("unpack_from")]
[PythonExport("iter_unpack")]
[PythonExport("Struct")]
[PythonExport("error")]
public static class StructModule
{
    public static readonly PyType Error = CreateError();

    private static PyType CreateError()
    {
        var type = new PyType("error", ExceptionTypes.Exception) { Module = "struct", TpName = "struct.error" };
        type.Constructor = (args, kw) => ExceptionTypes.FactoryOf(type)(type, PyTuple.CopyOf(args));
        return type;
    }

    // CPython caches compiled formats too; the cache only saves parsing.
    private static readonly Dictionary<string, PyStruct> Cache = [];

    private static PyStruct Compiled(PyObject format)
    {
        var key = format switch
        {
            PyStr s => "s" + s.Value,
            PyBytes { IsByteArray: false } b => "b" + b.ToLatin1(),
            _ => null,
        };
        if (key is not null && Cache.TryGetValue(key, out var cached)) return cached;
        var compiled = new PyStruct(PyStruct.Compile(format));
        if (key is not null)
        {
            if (Cache.Count >= 100) Cache.Clear();
            Cache[key] = compiled;
        }
        return compiled;
    }

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("Struct", PyStruct.TypeObject);
        g.Set("error", Error);
        g.Set("calcsize", new PyBuiltinFunction("calcsize", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("_struct.calcsize() takes no keyword arguments");
            if (args.Length != 1) throw Errors.TypeError($"_struct.calcsize() takes exactly one argument ({args.Length} given)");
            return PyInt.From(Compiled(args[0]).Format.Size);
        }));
        g.Set("pack", new PyBuiltinFunction("pack", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("_struct.pack() takes no keyword arguments");
            if (args.Length == 0) throw Errors.TypeError("missing format argument");
            return Compiled(args[0]).Pack(args[1..]);
        }));
        g.Set("pack_into", new PyBuiltinFunction("pack_into", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("_struct.pack_into() takes no keyword arguments");
            if (args.Length == 0) throw Errors.TypeError("missing format argument");
            return Compiled(args[0]).PackInto(args[1..]);
        }));
        g.Set("unpack", new PyBuiltinFunction("unpack", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("_struct.unpack() takes no keyword arguments");
            if (args.Length != 2) throw Errors.TypeError($"unpack expected 2 arguments, got {args.Length}");
            return Compiled(args[0]).Unpack(args[1]);
        }));
        g.Set("iter_unpack", new PyBuiltinFunction("iter_unpack", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("_struct.iter_unpack() takes no keyword arguments");
            if (args.Length != 2) throw Errors.TypeError($"iter_unpack expected 2 arguments, got {args.Length}");
            return Compiled(args[0]).IterUnpack(args[1]);
        }));
        g.Set("unpack_from", new PyBuiltinFunction("unpack_from", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("unpack_from", args, kw, ["format", "buffer", "offset"], 2);
            return Compiled(a[0]!).UnpackFrom(a[1]!, a[2]);
        }));
    }
}
