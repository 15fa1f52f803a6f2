using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// How the runtime calls a dunder found on a type (CPython's slot functions for heap types):
/// Python functions get self prepended without a bound-method object, builtin methods are
/// invoked directly, any other descriptor is bound through <c>__get__</c> first.
/// </summary>
public static class SpecialMethods
{
    /// <summary>The dunder <paramref name="name"/> along the type's MRO, or null.</summary>
    public static PyObject? Find(PyObject self, string name) => self.Type.Lookup(name);

    public static PyObject Call0(PyObject self, PyObject method) => method switch
    {
        PyFunction f => f.Call1(self),
        PyBuiltinMethod m => m.Invoke0(self),
        _ => Operations.Attributes.BindDescriptor(method, self, self.Type).Call0(),
    };

    public static PyObject Call1(PyObject self, PyObject method, PyObject a) => method switch
    {
        PyFunction f => f.Call2(self, a),
        PyBuiltinMethod m => m.Invoke1(self, a),
        _ => Operations.Attributes.BindDescriptor(method, self, self.Type).Call1(a),
    };

    public static PyObject Call2(PyObject self, PyObject method, PyObject a, PyObject b) => method switch
    {
        PyFunction f => f.Call3(self, a, b),
        PyBuiltinMethod m => m.Invoke2(self, a, b),
        _ => Operations.Attributes.BindDescriptor(method, self, self.Type).Call2(a, b),
    };

    public static PyObject Call3(PyObject self, PyObject method, PyObject a, PyObject b, PyObject c) => method switch
    {
        PyFunction f => f.Call4(self, a, b, c),
        PyBuiltinMethod m => m.Invoke(self, [a, b, c], null),
        _ => Operations.Attributes.BindDescriptor(method, self, self.Type).Call3(a, b, c),
    };

    public static PyObject Call(PyObject self, PyObject method, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        switch (method)
        {
            case PyBuiltinMethod m:
                return m.Invoke(self, args, kwnames);
            case PyFunction f:
                return f.CallWithSelf(self, args, kwnames);
            default:
                return Operations.Attributes.BindDescriptor(method, self, self.Type).Call(args, kwnames);
        }
    }

    /// <summary>What <c>iter()</c> makes of the result of a class's <c>__iter__</c>.</summary>
    public static PyIterator IteratorOf(PyObject it)
    {
        if (it is PyIterator pi) return pi;
        if (Find(it, "__next__") is null) throw Errors.TypeError($"iter() returned non-iterator of type '{it.Type.TpName}'");
        return new DunderIterator(it);
    }

    /// <summary>Calls dunder <paramref name="name"/> if the type has it; null when it does not.</summary>
    public static PyObject? TryCall0(PyObject self, string name) =>
        Find(self, name) is { } m ? Call0(self, m) : null;

    public static PyObject? TryCall1(PyObject self, string name, PyObject a) =>
        Find(self, name) is { } m ? Call1(self, m, a) : null;

    /// <summary>A binary dunder's result, with NotImplemented (or no such dunder) as null.</summary>
    public static PyObject? Binary(PyObject self, string name, PyObject other)
    {
        var m = Find(self, name);
        if (m is null || m is PyNone) return null;
        var r = Call1(self, m, other);
        return ReferenceEquals(r, PyNotImplemented.Instance) ? null : r;
    }

    /// <summary><see cref="Binary(PyObject, string, PyObject)"/> for a dunder of <see cref="SpecialName"/>.</summary>
    public static PyObject? Binary(PyObject self, SpecialName id, PyObject other)
    {
        var m = self.Type.LookupSpecial(id);
        if (m is null || m is PyNone) return null;
        var r = Call1(self, m, other);
        return ReferenceEquals(r, PyNotImplemented.Instance) ? null : r;
    }

    public static string DunderOf(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "add",
        BinaryOperator.Sub => "sub",
        BinaryOperator.Mult => "mul",
        BinaryOperator.MatMult => "matmul",
        BinaryOperator.Div => "truediv",
        BinaryOperator.Mod => "mod",
        BinaryOperator.Pow => "pow",
        BinaryOperator.LShift => "lshift",
        BinaryOperator.RShift => "rshift",
        BinaryOperator.BitOr => "or",
        BinaryOperator.BitXor => "xor",
        BinaryOperator.BitAnd => "and",
        _ => "floordiv",
    };

    // Plain loops, not LINQ: a Select over an enum array instantiates LINQ's iterators for that
    // value type, tens of KB in every executable.
    private static readonly string[] s_binary = Names("__", "__");
    private static readonly string[] s_reflected = Names("__r", "__");
    private static readonly string[] s_inPlace = Names("__i", "__");

    private static string[] Names(string prefix, string suffix)
    {
        var all = BinaryOperatorExtensions.All;
        var names = new string[all.Length];
        for (var i = 0; i < all.Length; i++) names[i] = prefix + DunderOf(all[i]) + suffix;
        return names;
    }

    public static string BinaryName(BinaryOperator op) => s_binary[(int)op];
    public static string ReflectedName(BinaryOperator op) => s_reflected[(int)op];
    public static string InPlaceName(BinaryOperator op) => s_inPlace[(int)op];

    public static string CompareName(CompareOp op) => op switch
    {
        CompareOp.Lt => "__lt__",
        CompareOp.Le => "__le__",
        CompareOp.Eq => "__eq__",
        CompareOp.Ne => "__ne__",
        CompareOp.Gt => "__gt__",
        _ => "__ge__",
    };

    public static string UnaryName(UnaryOperator op) => op switch
    {
        UnaryOperator.Invert => "__invert__",
        UnaryOperator.UAdd => "__pos__",
        _ => "__neg__",
    };

    /// <summary>The result of <c>__len__</c> checked as CPython's slot_sq_length does.</summary>
    public static long CheckLength(PyObject result)
    {
        if (result is not PyInt i) throw Errors.TypeError($"'{result.Type.TpName}' object cannot be interpreted as an integer");
        if (i.Big < 0) throw Errors.ValueError("__len__() should return >= 0");
        if (!i.IsSmall || i.Small > int.MaxValue) throw Errors.OverflowError("cannot fit 'int' into an index-sized integer");
        return i.Small;
    }

    public static string CheckString(PyObject result, string dunder) =>
        result is PyStr s ? s.Value : throw Errors.TypeError($"{dunder} returned non-string (type {result.Type.TpName})");
}
