using System.Linq;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Dataclasses;

/// <summary>
/// <c>_dataclass_methods</c>: the methods <c>@dataclass</c> adds, made as real functions with the
/// signature CPython's generated source would have. CPython writes their source and runs exec;
/// PyPack cannot compile at run time, so dataclasses.py describes each method and gets back a
/// function whose body is written here once for every class. A call then binds its arguments like
/// any compiled def (CPython's TypeErrors, <c>__defaults__</c>, <c>__kwdefaults__</c>) and runs
/// without a Python-level loop over the fields.
/// </summary>
[PythonModule("_dataclass_methods")]
[PythonExport("make_init")] [PythonExport("make_compare")] [PythonExport("make_hash")] [PythonExport("make_repr")]
public static class DataclassMethodsModule
{
    // The code object the generated methods share: CPython's come from exec'd text ("<string>").
    private static readonly SourceInfo s_source = new("<string>", "");

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        var initArgs = new ClinicArgs("make_init", ["qualname", "module", "positional", "defaults", "keyword", "kwdefaults", "steps", "frozen", "initvars", "post_init", "factory"], 11);
        g.Set("make_init", new PyBuiltinFunction("make_init", (args, kwnames) => MakeInit(initArgs.Bind(args, kwnames))));
        var compareArgs = new ClinicArgs("make_compare", ["name", "qualname", "module", "op", "names"], 5);
        g.Set("make_compare", new PyBuiltinFunction("make_compare", (args, kwnames) => MakeCompare(compareArgs.Bind(args, kwnames))));
        var hashArgs = new ClinicArgs("make_hash", ["qualname", "module", "names"], 3);
        g.Set("make_hash", new PyBuiltinFunction("make_hash", (args, kwnames) => MakeHash(hashArgs.Bind(args, kwnames))));
        var reprArgs = new ClinicArgs("make_repr", ["qualname", "module", "names"], 3);
        g.Set("make_repr", new PyBuiltinFunction("make_repr", (args, kwnames) => MakeRepr(reprArgs.Bind(args, kwnames))));
    }

    /// <summary>
    /// <c>__init__(self, positional..., *, keyword...)</c>. steps: one (name, factory or None,
    /// takes an argument) per attribute set, in field order; an argument that is the factory
    /// sentinel (the default dataclasses.py gives such a field) or a step without an argument
    /// calls the factory. frozen stores with
    /// object.__setattr__; post_init calls <c>self.__post_init__(*initvars)</c>.
    /// </summary>
    private static PyObject MakeInit(PyObject?[] a)
    {
        var qualname = Text(a[0]!, "qualname");
        var positional = Names(a[2]!);
        var keyword = Names(a[4]!);
        var parameters = new string[positional.Length + 1];
        parameters[0] = "self";
        positional.CopyTo(parameters, 1);
        var info = new FunctionInfo("__init__", qualname, parameters, Code("__init__", [.. parameters, .. keyword]), keywordOnly: keyword);
        var defaults = Items(a[3]!);
        // Where a parameter's value sits in the bound array: self, the positionals, then the keyword-only ones.
        int BoundIndex(string name) => Array.IndexOf(parameters, name) is var p and >= 0 ? p : parameters.Length + Array.IndexOf(keyword, name);
        var stepItems = Items(a[6]!);
        var steps = new InitStep[stepItems.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            var step = Items(stepItems[i]);
            var name = Text(step[0], "step name");
            var argument = Truth.IsTrue(step[2]) ? BoundIndex(name) : -1;
            steps[i] = new InitStep(new AttributeSite(name), name, step[1] is PyNone ? null : step[1], argument);
        }
        var frozen = Truth.IsTrue(a[7]!);
        var initvars = Names(a[8]!).Select(BoundIndex).ToArray();
        var postInit = Truth.IsTrue(a[9]!) ? new AttributeSite("__post_init__") : null;
        var sentinel = a[10]!;
        var function = new PyFunction(info, bound =>
        {
            var self = bound[0];
            foreach (var step in steps)
            {
                var value = step.Argument >= 0 ? bound[step.Argument] : null;
                if (value is null || (step.Factory is not null && ReferenceEquals(value, sentinel))) value = step.Factory!.Call0();
                if (frozen) InstanceAttributes.GenericSet(self, step.Name, value);
                else Attributes.SetAttr(self, step.Site, value);
            }
            if (postInit is not null)
            {
                var values = new PyObject[initvars.Length];
                for (var i = 0; i < values.Length; i++) values[i] = bound[initvars[i]];
                Attributes.CallMethod(self, postInit, values, null);
            }
            return PyNone.Instance;
        }, defaults.Length == 0 ? null : defaults)
        {
            ModuleName = a[1]!,
        };
        if (a[5] is PyDict kwdefaults && kwdefaults.Count > 0)
        {
            var byName = new Dictionary<string, PyObject>(StringComparer.Ordinal);
            foreach (var (key, value) in kwdefaults.Pairs) byName[Text(key, "keyword default")] = value;
            function.KwDefaults = byName;
        }
        return function;
    }

    private sealed record InitStep(AttributeSite Site, string Name, PyObject? Factory, int Argument);

    /// <summary><c>__eq__</c>/<c>__lt__</c>/...: the fields of both as tuples, compared when other's class is self's.</summary>
    private static PyObject MakeCompare(PyObject?[] a)
    {
        var name = Text(a[0]!, "name");
        var op = Text(a[3]!, "op") switch
        {
            "==" => CompareOp.Eq,
            "<" => CompareOp.Lt,
            "<=" => CompareOp.Le,
            ">" => CompareOp.Gt,
            ">=" => CompareOp.Ge,
            var other => throw Errors.ValueError($"unknown comparison {other}"),
        };
        var sites = Sites(a[4]!);
        var classSite = new AttributeSite("__class__");
        var info = new FunctionInfo(name, Text(a[1]!, "qualname"), ["self", "other"], Code(name, ["self", "other"]));
        return new PyFunction(info, null, (self, other) =>
        {
            if (!ReferenceEquals(Attributes.GetAttr(other, classSite), Attributes.GetAttr(self, classSite))) return PyNotImplemented.Instance;
            return Comparison.CompareSequences(Values(self, sites), Values(other, sites), op);
        })
        {
            ModuleName = a[2]!,
        };
    }

    /// <summary><c>__hash__</c>: the hash of the tuple of the hashed fields.</summary>
    private static PyObject MakeHash(PyObject?[] a)
    {
        var sites = Sites(a[2]!);
        var info = new FunctionInfo("__hash__", Text(a[0]!, "qualname"), ["self"], Code("__hash__", ["self"]));
        return new PyFunction(info, null, self => PyInt.From(Hashing.Hash(PyTuple.FromArray(Values(self, sites)))))
        {
            ModuleName = a[1]!,
        };
    }

    /// <summary><c>__repr__</c>: <c>Class(x=1, y='a')</c> by the class's qualname; '...' for a dataclass met again inside its own repr.</summary>
    private static PyObject MakeRepr(PyObject?[] a)
    {
        var sites = Sites(a[2]!);
        var classSite = new AttributeSite("__class__");
        var qualnameSite = new AttributeSite("__qualname__");
        var busy = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        var info = new FunctionInfo("__repr__", Text(a[0]!, "qualname"), ["self"], Code("__repr__", ["self"]));
        return new PyFunction(info, null, self =>
        {
            if (!busy.Add(self)) return new PyStr("...");
            try
            {
                var text = new System.Text.StringBuilder();
                var owner = Attributes.GetAttr(Attributes.GetAttr(self, classSite), qualnameSite);
                text.Append(owner as PyStr is { } s ? s.Value : throw Errors.TypeError($"can only concatenate str (not \"{owner.Type.TpName}\") to str"));
                text.Append('(');
                for (var i = 0; i < sites.Length; i++)
                {
                    if (i > 0) text.Append(", ");
                    text.Append(sites[i].Name).Append('=').Append(Operations.Text.Repr(Attributes.GetAttr(self, sites[i])));
                }
                return new PyStr(text.Append(')').ToString());
            }
            finally
            {
                busy.Remove(self);
            }
        })
        {
            ModuleName = a[1]!,
        };
    }

    private static PyObject[] Values(PyObject o, AttributeSite[] sites)
    {
        var values = new PyObject[sites.Length];
        for (var i = 0; i < sites.Length; i++) values[i] = Attributes.GetAttr(o, sites[i]);
        return values;
    }

    private static CodeInfo Code(string name, string[] varNames) => new(name, s_source, 1, varNames);

    private static AttributeSite[] Sites(PyObject names) => Names(names).Select(n => new AttributeSite(n)).ToArray();

    private static string[] Names(PyObject tuple) => Items(tuple).Select(n => Text(n, "name")).ToArray();

    private static PyObject[] Items(PyObject o) => o is PyTuple t ? t.Items.ToArray() : throw Errors.TypeError($"expected a tuple, not {o.Type.TpName}");

    private static string Text(PyObject o, string what) => o is PyStr s ? s.Value : throw Errors.TypeError($"{what} must be a str, not {o.Type.TpName}");
}
