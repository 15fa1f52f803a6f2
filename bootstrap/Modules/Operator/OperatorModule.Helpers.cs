using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Operator;

/// <summary>Argument checks and the operator functions with more than one step.</summary>
public static partial class OperatorModule
{
    private static void NoKeywords(string name, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError($"_operator.{name}() takes no keyword arguments");
    }

    private static void One(ModuleGlobals g, string name, Func<PyObject, PyObject> body) =>
        g.Set(name, new PyBuiltinFunction(name, (args, kw) =>
        {
            NoKeywords(name, kw);
            if (args.Length != 1) throw Errors.TypeError($"_operator.{name}() takes exactly one argument ({args.Length} given)");
            return body(args[0]);
        }, body));

    private static void Binary(ModuleGlobals g, string name, Func<PyObject, PyObject, PyObject> body) =>
        g.Set(name, new PyBuiltinFunction(name, (args, kw) =>
        {
            NoKeywords(name, kw);
            Args.Count(name, args.Length, 2, 2);
            return body(args[0], args[1]);
        }));

    private static bool IsSequence(PyObject o) =>
        o is PyList or PyTuple or PyStr || (o is not PyDict && o.Type.Lookup("__getitem__") is not null);

    private static PyObject Concat(PyObject a, PyObject b, bool inPlace)
    {
        if (!IsSequence(a)) throw Errors.TypeError($"'{a.Type.TpName}' object can't be concatenated");
        return inPlace ? Arithmetic.InPlace(BinaryOperator.Add, a, b) : Arithmetic.Add(a, b);
    }

    private static PyObject CountOf(PyObject a, PyObject b)
    {
        var it = Iteration.GetIter(a);
        long n = 0;
        for (var v = it.Next(); v is not null; v = it.Next())
        {
            if (Comparison.Equal(v, b)) n++;
        }
        return PyInt.From(n);
    }

    private static PyObject IndexOf(PyObject a, PyObject b)
    {
        var it = Iteration.GetIter(a);
        long n = 0;
        for (var v = it.Next(); v is not null; v = it.Next(), n++)
        {
            if (Comparison.Equal(v, b)) return PyInt.From(n);
        }
        throw Errors.ValueError("sequence.index(x): x not in sequence");
    }

    private static PyObject LengthHint(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        NoKeywords("length_hint", kwnames);
        Args.Count("length_hint", args.Length, 1, 2);
        long fallback = 0;
        if (args.Length == 2)
        {
            if (args[1] is not PyInt d) throw Errors.TypeError($"'{args[1].Type.TpName}' object cannot be interpreted as an integer");
            fallback = (long)d.Big;
        }
        var n = args[0].Length();
        if (n >= 0) return PyInt.From(n);
        if (args[0] is ListIterator listIterator) return PyInt.From(listIterator.Remaining);
        if (Attributes.TryGetAttr(args[0], "__length_hint__") is { } hint)
        {
            var r = hint.Call0();
            if (r is PyNotImplemented) return PyInt.From(fallback);
            if (r is not PyInt ri) throw Errors.TypeError($"__length_hint__ must be an integer, not {r.Type.TpName}");
            if (ri.Big < 0) throw Errors.ValueError("__length_hint__() should return >= 0");
            return ri;
        }
        return PyInt.From(fallback);
    }
}
