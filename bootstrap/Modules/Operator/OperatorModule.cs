using PyPack.Runtime.Builtins;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Operator;

/// <summary>The <c>operator</c> module: the runtime's operations as functions, plus the
/// attrgetter/itemgetter/methodcaller callables. Dunder aliases name the same objects (not
/// declared as exports: dunder names are module internals to the catalog).</summary>
[PythonModule("operator")]
[PythonExport("add")]
[PythonExport("sub")]
[PythonExport("mul")]
[PythonExport("matmul")]
[PythonExport("truediv")]
[PythonExport("mod")]
[PythonExport("pow")]
[PythonExport("lshift")]
[PythonExport("rshift")]
[PythonExport("or_")]
[PythonExport("xor")]
[PythonExport("and_")]
[PythonExport("floordiv")]
[PythonExport("iadd")]
[PythonExport("isub")]
[PythonExport("imul")]
[PythonExport("imatmul")]
[PythonExport("itruediv")]
[PythonExport("imod")]
[PythonExport("ipow")]
[PythonExport("ilshift")]
[PythonExport("irshift")]
[PythonExport("ior")]
[PythonExport("ixor")]
[PythonExport("iand")]
[PythonExport("ifloordiv")]
[PythonExport("lt")]
[PythonExport("le")]
[PythonExport("eq")]
[PythonExport("ne")]
[PythonExport("ge")]
[PythonExport("gt")]
[PythonExport("neg")]
[PythonExport("pos")]
[PythonExport("inv")]
[PythonExport("invert")]
[PythonExport("abs")]
[PythonExport("not_")]
[PythonExport("truth")]
[PythonExport("index")]
[PythonExport("is_")]
[PythonExport("is_not")]
[PythonExport("concat")]
[PythonExport("iconcat")]
[PythonExport("contains")]
[PythonExport("countOf")]
[PythonExport("indexOf")]
[PythonExport("getitem")]
[PythonExport("setitem")]
[PythonExport("delitem")]
[PythonExport("length_hint")]
[PythonExport("call")]
[PythonExport("attrgetter")]
[PythonExport("itemgetter")]
[PythonExport("methodcaller")]
public static partial class OperatorModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        Binary(g, "add", static (a, b) => Arithmetic.Binary(BinaryOperator.Add, a, b));
        Binary(g, "sub", static (a, b) => Arithmetic.Binary(BinaryOperator.Sub, a, b));
        Binary(g, "mul", static (a, b) => Arithmetic.Binary(BinaryOperator.Mult, a, b));
        Binary(g, "matmul", static (a, b) => Arithmetic.Binary(BinaryOperator.MatMult, a, b));
        Binary(g, "truediv", static (a, b) => Arithmetic.Binary(BinaryOperator.Div, a, b));
        Binary(g, "mod", static (a, b) => Arithmetic.Binary(BinaryOperator.Mod, a, b));
        Binary(g, "pow", static (a, b) => Arithmetic.Binary(BinaryOperator.Pow, a, b));
        Binary(g, "lshift", static (a, b) => Arithmetic.Binary(BinaryOperator.LShift, a, b));
        Binary(g, "rshift", static (a, b) => Arithmetic.Binary(BinaryOperator.RShift, a, b));
        Binary(g, "or_", static (a, b) => Arithmetic.Binary(BinaryOperator.BitOr, a, b));
        Binary(g, "xor", static (a, b) => Arithmetic.Binary(BinaryOperator.BitXor, a, b));
        Binary(g, "and_", static (a, b) => Arithmetic.Binary(BinaryOperator.BitAnd, a, b));
        Binary(g, "floordiv", static (a, b) => Arithmetic.Binary(BinaryOperator.FloorDiv, a, b));
        Binary(g, "iadd", static (a, b) => Arithmetic.InPlace(BinaryOperator.Add, a, b));
        Binary(g, "isub", static (a, b) => Arithmetic.InPlace(BinaryOperator.Sub, a, b));
        Binary(g, "imul", static (a, b) => Arithmetic.InPlace(BinaryOperator.Mult, a, b));
        Binary(g, "imatmul", static (a, b) => Arithmetic.InPlace(BinaryOperator.MatMult, a, b));
        Binary(g, "itruediv", static (a, b) => Arithmetic.InPlace(BinaryOperator.Div, a, b));
        Binary(g, "imod", static (a, b) => Arithmetic.InPlace(BinaryOperator.Mod, a, b));
        Binary(g, "ipow", static (a, b) => Arithmetic.InPlace(BinaryOperator.Pow, a, b));
        Binary(g, "ilshift", static (a, b) => Arithmetic.InPlace(BinaryOperator.LShift, a, b));
        Binary(g, "irshift", static (a, b) => Arithmetic.InPlace(BinaryOperator.RShift, a, b));
        Binary(g, "ior", static (a, b) => Arithmetic.InPlace(BinaryOperator.BitOr, a, b));
        Binary(g, "ixor", static (a, b) => Arithmetic.InPlace(BinaryOperator.BitXor, a, b));
        Binary(g, "iand", static (a, b) => Arithmetic.InPlace(BinaryOperator.BitAnd, a, b));
        Binary(g, "ifloordiv", static (a, b) => Arithmetic.InPlace(BinaryOperator.FloorDiv, a, b));
        Binary(g, "lt", static (a, b) => Comparison.Compare(a, b, CompareOp.Lt));
        Binary(g, "le", static (a, b) => Comparison.Compare(a, b, CompareOp.Le));
        Binary(g, "eq", static (a, b) => Comparison.Compare(a, b, CompareOp.Eq));
        Binary(g, "ne", static (a, b) => Comparison.Compare(a, b, CompareOp.Ne));
        Binary(g, "ge", static (a, b) => Comparison.Compare(a, b, CompareOp.Ge));
        Binary(g, "gt", static (a, b) => Comparison.Compare(a, b, CompareOp.Gt));
        One(g, "neg", static a => Arithmetic.Unary(UnaryOperator.USub, a));
        One(g, "pos", static a => Arithmetic.Unary(UnaryOperator.UAdd, a));
        One(g, "inv", static a => Arithmetic.Unary(UnaryOperator.Invert, a));
        One(g, "invert", static a => Arithmetic.Unary(UnaryOperator.Invert, a));
        One(g, "abs", BuiltinsModule.Abs);
        One(g, "not_", static a => PyBool.From(!Truth.IsTrue(a)));
        One(g, "truth", static a => PyBool.From(Truth.IsTrue(a)));
        One(g, "index", static a => a is PyInt i ? (a is PyBool ? PyInt.From(i.Big) : i) : Conversions.Index(a));
        Binary(g, "is_", static (a, b) => PyBool.From(ReferenceEquals(a, b)));
        Binary(g, "is_not", static (a, b) => PyBool.From(!ReferenceEquals(a, b)));
        Binary(g, "concat", static (a, b) => Concat(a, b, inPlace: false));
        Binary(g, "iconcat", static (a, b) => Concat(a, b, inPlace: true));
        Binary(g, "contains", static (a, b) => PyBool.From(Comparison.Contains(a, b)));
        Binary(g, "countOf", CountOf);
        Binary(g, "indexOf", IndexOf);
        Binary(g, "getitem", Subscript.GetItem);
        Binary(g, "delitem", static (a, b) =>
        {
            Subscript.DelItem(a, b);
            return PyNone.Instance;
        });
        g.Set("setitem", new PyBuiltinFunction("setitem", static (args, kw) =>
        {
            NoKeywords("setitem", kw);
            Args.Count("setitem", args.Length, 3, 3);
            Subscript.SetItem(args[0], args[1], args[2]);
            return PyNone.Instance;
        }));
        g.Set("length_hint", new PyBuiltinFunction("length_hint", LengthHint));
        g.Set("call", new PyBuiltinFunction("call", static (args, kw) =>
        {
            var positional = Args.PositionalCount(args, kw);
            if (positional < 1) throw Errors.TypeError($"call expected at least 1 argument, got {positional}");
            return args[0].Call(args[1..], kw);
        }));
        g.Set("attrgetter", AttrGetter.TypeObject);
        g.Set("itemgetter", ItemGetter.TypeObject);
        g.Set("methodcaller", MethodCaller.TypeObject);
        g.Set("__add__", g.TryGet("add")!);
        g.Set("__sub__", g.TryGet("sub")!);
        g.Set("__mul__", g.TryGet("mul")!);
        g.Set("__matmul__", g.TryGet("matmul")!);
        g.Set("__truediv__", g.TryGet("truediv")!);
        g.Set("__mod__", g.TryGet("mod")!);
        g.Set("__pow__", g.TryGet("pow")!);
        g.Set("__lshift__", g.TryGet("lshift")!);
        g.Set("__rshift__", g.TryGet("rshift")!);
        g.Set("__or__", g.TryGet("or_")!);
        g.Set("__xor__", g.TryGet("xor")!);
        g.Set("__and__", g.TryGet("and_")!);
        g.Set("__floordiv__", g.TryGet("floordiv")!);
        g.Set("__iadd__", g.TryGet("iadd")!);
        g.Set("__isub__", g.TryGet("isub")!);
        g.Set("__imul__", g.TryGet("imul")!);
        g.Set("__imatmul__", g.TryGet("imatmul")!);
        g.Set("__itruediv__", g.TryGet("itruediv")!);
        g.Set("__imod__", g.TryGet("imod")!);
        g.Set("__ipow__", g.TryGet("ipow")!);
        g.Set("__ilshift__", g.TryGet("ilshift")!);
        g.Set("__irshift__", g.TryGet("irshift")!);
        g.Set("__ior__", g.TryGet("ior")!);
        g.Set("__ixor__", g.TryGet("ixor")!);
        g.Set("__iand__", g.TryGet("iand")!);
        g.Set("__ifloordiv__", g.TryGet("ifloordiv")!);
        g.Set("__lt__", g.TryGet("lt")!);
        g.Set("__le__", g.TryGet("le")!);
        g.Set("__eq__", g.TryGet("eq")!);
        g.Set("__ne__", g.TryGet("ne")!);
        g.Set("__ge__", g.TryGet("ge")!);
        g.Set("__gt__", g.TryGet("gt")!);
        g.Set("__neg__", g.TryGet("neg")!);
        g.Set("__pos__", g.TryGet("pos")!);
        g.Set("__inv__", g.TryGet("inv")!);
        g.Set("__invert__", g.TryGet("invert")!);
        g.Set("__abs__", g.TryGet("abs")!);
        g.Set("__not__", g.TryGet("not_")!);
        g.Set("__index__", g.TryGet("index")!);
        g.Set("__concat__", g.TryGet("concat")!);
        g.Set("__iconcat__", g.TryGet("iconcat")!);
        g.Set("__contains__", g.TryGet("contains")!);
        g.Set("__getitem__", g.TryGet("getitem")!);
        g.Set("__setitem__", g.TryGet("setitem")!);
        g.Set("__delitem__", g.TryGet("delitem")!);
    }
}
