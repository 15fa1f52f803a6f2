namespace PyPack.Runtime.Objects;

/// <summary>A builtin method bound to its instance (<c>xs.append</c> taken as a value).</summary>
public sealed class PyBoundBuiltinMethod(PyBuiltinMethod method, PyObject self) : PyObject
{
    public static readonly PyType TypeObject = MakeType("builtin_function_or_method");

    /// <summary>The type of a bound slot wrapper (<c>(1).__add__</c>).</summary>
    public static readonly PyType MethodWrapperType = MakeType("method-wrapper");

    // One type for builtin functions and bound builtin methods, as in CPython.
    private static PyType MakeType(string name)
    {
        var t = new PyType(name, null);
        t.SetAttribute("__name__", new PyGetSetDescriptor(t, "__name__", static o => new PyStr(o switch
        {
            PyBuiltinFunction f => f.Name,
            PyBoundBuiltinMethod m => m.Method.Name,
            _ => "?",
        })));
        t.SetAttribute("__qualname__", new PyGetSetDescriptor(t, "__qualname__", static o => new PyStr(o switch
        {
            PyBuiltinFunction f => f.Name,
            PyBoundBuiltinMethod m => $"{m.Self.Type.TpName}.{m.Method.Name}",
            _ => "?",
        })));
        t.SetAttribute("__module__", new PyGetSetDescriptor(t, "__module__", static o =>
            o is PyBuiltinFunction { Module: { } module } ? new PyStr(module) : PyNone.Instance));
        t.SetAttribute("__objclass__", new PyGetSetDescriptor(t, "__objclass__", static o =>
            o is PyBoundBuiltinMethod { Method.IsSlotWrapper: true } m ? m.Method.Owner : throw Errors.AttributeError($"'{o.Type.TpName}' object has no attribute '__objclass__'")));
        t.SetAttribute("__self__", new PyGetSetDescriptor(t, "__self__", static o =>
            o is PyBoundBuiltinMethod m ? m.Self : Hosting.Interpreter.Current.Builtins));
        return t;
    }

    public PyBuiltinMethod Method { get; } = method;
    public PyObject Self { get; } = self;
    public override PyType Type => Method.IsSlotWrapper ? MethodWrapperType : TypeObject;

    public override string Repr() => Method.IsSlotWrapper
        ? $"<method-wrapper '{Method.Name}' of {Self.Type.TpName} object at 0x{Identity.Of(Self):x}>"
        : $"<built-in method {Method.Name} of {Self.Type.TpName} object at 0x{Identity.Of(Self):x}>";
    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) => Method.Invoke(Self, args, kwnames);
    public override PyObject Call0() => Method.Invoke0(Self);
    public override PyObject Call1(PyObject a) => Method.Invoke1(Self, a);
    public override PyObject Call2(PyObject a, PyObject b) => Method.Invoke2(Self, a, b);

    // Equal when bound to the same object (by identity) and the same method, as CPython's.
    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyBoundBuiltinMethod m) return null;
        var same = ReferenceEquals(Self, m.Self) && ReferenceEquals(Method, m.Method);
        return PyBool.From(op == CompareOp.Eq ? same : !same);
    }

    public override long Hash() => (long)((Identity.Of(Self) ^ Identity.Of(Method)) >> 4);
}
