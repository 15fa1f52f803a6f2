using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Bisect;

/// <summary>The <c>bisect</c> module (CPython's _bisect): binary search and insertion in sorted sequences.</summary>
[PythonModule("bisect")]
[PythonExport("bisect_left")] [PythonExport("bisect_right")] [PythonExport("bisect")]
[PythonExport("insort_left")] [PythonExport("insort_right")] [PythonExport("insort")]
public static class BisectModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        Define(g, "bisect_right", "bisect_right", right: true, insert: false);
        Define(g, "bisect_left", "bisect_left", right: false, insert: false);
        Define(g, "bisect", "bisect_right", right: true, insert: false);
        Define(g, "insort_right", "insort_right", right: true, insert: true);
        Define(g, "insort_left", "insort_left", right: false, insert: true);
        Define(g, "insort", "insort_right", right: true, insert: true);
    }

    private static void Define(ModuleGlobals g, string exportName, string name, bool right, bool insert)
    {
        var clinic = new ClinicArgs(name, ["a", "x", "lo", "hi"], 2, ["key"]);
        g.Set(exportName, new PyBuiltinFunction(name, (args, kwnames) =>
        {
            // bisect(a, x) / insort(a, x), the common call: whole range, no key, no binding array.
            if (args.Length == 2 && kwnames is not { Length: > 0 }) return Run(args[0], args[1], 0, LengthOf(args[0]), null, right, insert);
            var b = clinic.Bind(args, kwnames);
            var a = b[0]!;
            var x = b[1]!;
            var key = b[4] is PyNone ? null : b[4];
            var lo = b[2] is { } loObj ? Conversions.ToIndex(loObj) : 0;
            if (lo < 0) throw Errors.ValueError("lo must be non-negative");
            long hi;
            if (b[3] is null or PyNone) hi = LengthOf(a);
            else
            {
                hi = Conversions.ToIndex(b[3]!);
                if (hi == -1) hi = LengthOf(a);
            }
            return Run(a, x, lo, hi, key, right, insert);
        }));
    }

    private static PyObject Run(PyObject a, PyObject x, long lo, long hi, PyObject? key, bool right, bool insert)
    {
        var probe = insert && key is not null ? key.Call1(x) : x;
        var index = Search(a, probe, lo, hi, key, right);
        if (!insert) return PyInt.From(index);
        if (a is PyList list) list.Insert(index, x);
        else Attributes.GetAttr(a, "insert").Call2(PyInt.From(index), x);
        return PyNone.Instance;
    }

    private static long LengthOf(PyObject a)
    {
        var n = a.Length();
        if (n < 0) throw Errors.TypeError($"object of type '{a.Type.TpName}' has no len()");
        return n;
    }

    private static long Search(PyObject a, PyObject x, long lo, long hi, PyObject? key, bool right)
    {
        var list = a as PyList;
        while (lo < hi)
        {
            var mid = (long)(((ulong)lo + (ulong)hi) / 2);
            PyObject item;
            if (list is not null)
            {
                if (mid >= list.Count) throw Errors.IndexError("list index out of range");
                item = list[(int)mid];
            }
            else item = Subscript.GetItem(a, PyInt.From(mid));
            if (key is not null) item = key.Call1(item);
            var goLeft = right ? Comparison.LessThan(x, item) : !Comparison.LessThan(item, x);
            if (goLeft) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
