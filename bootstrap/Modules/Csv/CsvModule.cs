using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Csv;

/// <summary>
/// <c>_pypack_csv</c>: the native core under csv.py (CPython's _csv part): the reader and writer
/// over a dialect csv.py has checked, csv.Error and field_size_limit. Dialects, DictReader,
/// DictWriter and Sniffer stay in csv.py, as they are Python in CPython too.
/// </summary>
[PythonModule("_pypack_csv")]
[PythonExport("Error")]
[PythonExport("field_size_limit")]
[PythonExport("reader")]
[PythonExport("writer")]
[PythonExport("dict_record")]
public static class CsvModule
{
    public static readonly PyType Error = DefineError();

    /// <summary>The largest field the reader accepts, in code points (csv.field_size_limit).</summary>
    internal static long FieldSizeLimit { get; private set; } = 131072;

    private static PyType DefineError()
    {
        var type = new PyType("Error", ExceptionTypes.Exception) { Module = "_csv", TpName = "_csv.Error" };
        type.Constructor = (args, kw) => ExceptionTypes.FactoryOf(type)(type, PyTuple.CopyOf(args));
        return type;
    }

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("Error", Error);
        g.Set("field_size_limit", new PyBuiltinFunction("field_size_limit", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("field_size_limit", args, kw, ["new_limit"], 0);
            var old = FieldSizeLimit;
            if (a[0] is { } limit)
            {
                // An exact int only (not a bool), as _csv checks.
                if (!ReferenceEquals(limit.Type, PyInt.TypeObject)) throw Errors.TypeError("limit must be an integer");
                FieldSizeLimit = ModuleArgs.Int(limit);
            }
            return PyInt.From(old);
        }));
        // reader(iterable, dialect) and writer(fileobj, dialect): csv.py checks the dialect and its keywords first.
        g.Set("reader", new PyBuiltinFunction("reader", static (args, kw) =>
        {
            Args.Check("_pypack_csv", "reader", args, kw, 2, 2);
            var input = args[0].Iter() ?? throw Errors.TypeError($"'{args[0].Type.TpName}' object is not iterable");
            return new CsvReader(input, new CsvFormat(args[1]));
        }));
        // dict_record(fieldnames, row, restkey, restval): DictReader's dict of a record, or None
        // when those are not exact lists or tuples (csv.py then builds it).
        g.Set("dict_record", new PyBuiltinFunction("dict_record", static (args, kw) =>
        {
            Args.Check("_pypack_csv", "dict_record", args, kw, 4, 4);
            return (PyObject?)CsvDictRecord.Build(args[0], args[1], args[2], args[3]) ?? PyNone.Instance;
        }));
        g.Set("writer", new PyBuiltinFunction("writer", static (args, kw) =>
        {
            Args.Check("_pypack_csv", "writer", args, kw, 2, 2);
            var write = Operations.Attributes.TryGetAttr(args[0], "write")
                ?? throw Errors.TypeError("argument 1 must have a \"write\" method");
            return new CsvWriter(write, new CsvFormat(args[1]));
        }));
    }
}
