namespace PyPack.Runtime.Objects;

/// <summary>A function bound to an instance (<c>obj.method</c> taken as a value): calls prepend self.</summary>
public sealed class PyBoundMethod(PyObject function, PyObject self) : PyObject
{
    // The dunders the type defines itself, found before the function's attributes.
    public static readonly PyType TypeObject = new PyType("method", null)
        .Method("__repr__", static self => new PyStr(self.Repr()))
        .Method("__eq__", static (self, other) => self.RichCompare(other, CompareOp.Eq) ?? PyNotImplemented.Instance)
        .Method("__ne__", static (self, other) => self.RichCompare(other, CompareOp.Ne) ?? PyNotImplemented.Instance)
        .Method("__hash__", static self => PyInt.From(self.Hash()));

    public PyObject Function { get; } = function;
    public PyObject Self { get; } = self;
    public override PyType Type => TypeObject;

    public override string Repr() =>
        $"<bound method {FunctionName()} of {Operations.Text.Repr(Self)}>";

    private string FunctionName() => Function switch
    {
        PyFunction f => f.QualName,
        _ => Operations.Attributes.TryGetAttr(Function, "__qualname__") is PyStr s ? s.Value : "?",
    };

    public override PyObject Call0() => Function.Call1(Self);
    public override PyObject Call1(PyObject a) => Function.Call2(Self, a);
    public override PyObject Call2(PyObject a, PyObject b) => Function.Call3(Self, a, b);

    public override PyObject Call3(PyObject a, PyObject b, PyObject c) => Function.Call([Self, a, b, c], null);

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (Function is PyFunction f) return f.CallWithSelf(Self, args, kwnames);
        var all = new PyObject[args.Length + 1];
        all[0] = Self;
        args.CopyTo(all.AsSpan(1));
        return Function.Call(all, kwnames);
    }

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "__self__" => Self,
        "__func__" => Function,
        // What the method type defines comes first (CPython's method_getattro); the rest is the function's.
        "__doc__" => Operations.Attributes.TryGetAttr(Function, name),
        "__class__" => null,
        _ => TypeObject.Lookup(name) is null ? Operations.Attributes.TryGetAttr(Function, name) : null,
    };

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyBoundMethod m) return null;
        var same = ReferenceEquals(Self, m.Self) && ReferenceEquals(Function, m.Function);
        return PyBool.From(op == CompareOp.Eq ? same : !same);
    }

    public override long Hash() => Operations.Hashing.Hash(Self) ^ Operations.Hashing.Hash(Function);
}
