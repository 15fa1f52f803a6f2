using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Puts a builtin type's protocol hooks in its dict as dunder methods (CPython's slot wrappers),
/// so <c>int.__add__(1, 2)</c>, <c>super().__len__()</c> and inheritance reach them. One call where
/// the type is set up, naming the dunders CPython's type has: <c>SlotWrappers.Add(type, "__repr__", "__eq__", ...)</c>.
/// Each wrapper calls the C# hook; on an instance of a subclass the hook is the builtin's while
/// a builtin method runs (<see cref="BuiltinSubclass"/>), so the wrappers never recurse into the subclass.
/// Names the type already defines itself are left as they are.
/// </summary>
public static class SlotWrappers
{
    /// <summary>
    /// The wrappers are made when the type's dict is first looked at (<see cref="PyType.Defer"/>):
    /// most programs never look into most builtin types, and start-up should not pay for them.
    /// </summary>
    public static PyType Add(PyType type, params string[] names)
    {
        type.Defer(t => AddNow(t, names));
        return type;
    }

    private static void AddNow(PyType type, string[] names)
    {
        foreach (var name in names)
        {
            if (type.GetOwn(name) is not null) continue;
            type.SetAttribute(name, Wrapper(type, name));
        }
    }

    private static PyObject Wrapper(PyType type, string name)
    {
        switch (name)
        {
            case "__repr__": return new PyBuiltinMethod(type, name, static self => new PyStr(self.Repr()));
            case "__str__": return new PyBuiltinMethod(type, name, static self => new PyStr(self.Str()));
            case "__format__":
                // An empty spec is str(self), which CPython's builtin dispatches in full (a subclass's __str__ shows).
                return new PyBuiltinMethod(type, name, static (self, spec) =>
                {
                    if (spec is not PyStr s) throw Errors.TypeError($"__format__() argument must be str, not {spec.Type.TpName}");
                    return new PyStr(s.Value.Length == 0 ? BuiltinSubclass.Dispatching(() => Text.Str(self)) : Text.Format(self, s.Value));
                });
            case "__reversed__": return new PyBuiltinMethod(type, name, static self => Builtins.BuiltinsModule.ReversedOf(self));
            case "__hash__": return new PyBuiltinMethod(type, name, static self => PyInt.From(self.Hash()));
            case "__bool__": return new PyBuiltinMethod(type, name, static self => PyBool.From(self.IsTrue()));
            case "__len__": return new PyBuiltinMethod(type, name, static self => PyInt.From(Builtins.BuiltinsModule.Len(self)));
            case "__iter__": return new PyBuiltinMethod(type, name, static self => Iteration.GetIter(self));
            case "__getitem__":
                return new PyBuiltinMethod(type, name, static (self, key) => self.GetItem(key) ?? throw Errors.TypeError($"'{self.Type.TpName}' object is not subscriptable"));
            case "__setitem__":
                return new PyBuiltinMethod(type, name, static (self, args, kw) =>
                {
                    Args.Count("", args.Length, 2, 2); // CPython unpacks them with an empty name: " expected 2 arguments"
                    if (!self.SetItem(args[0], args[1])) throw Errors.TypeError($"'{self.Type.TpName}' object does not support item assignment");
                    return PyNone.Instance;
                });
            case "__delitem__":
                return new PyBuiltinMethod(type, name, static (self, key) =>
                    self.DelItem(key) ? PyNone.Instance : throw Errors.TypeError($"'{self.Type.TpName}' object does not support item deletion"));
            case "__contains__":
                return new PyBuiltinMethod(type, name, static (self, item) =>
                    PyBool.From(self.Contains(item) ?? Comparison.Contains(self, item)));
            case "__next__":
                return new PyBuiltinMethod(type, name, static self =>
                    (self as PyIterator ?? throw Errors.TypeError($"'{self.Type.TpName}' object is not an iterator")).Next()
                    ?? throw ExceptionTypes.FactoryOf(ExceptionTypes.StopIteration)(ExceptionTypes.StopIteration, PyTuple.Empty).ToException());
            case "__call__": return new PyBuiltinMethod(type, name, static (self, args, kw) => self.Call(args, kw));
            case "__divmod__": return new PyBuiltinMethod(type, name, static (self, other) => other is PyInt or PyFloat ? Builtins.BuiltinsModule.DivMod(self, other) : PyNotImplemented.Instance);
            case "__rdivmod__": return new PyBuiltinMethod(type, name, static (self, other) => other is PyInt or PyFloat ? Builtins.BuiltinsModule.DivMod(other, self) : PyNotImplemented.Instance);
        }
        foreach (var op in CompareOpExtensions.All)
        {
            if (name == SpecialMethods.CompareName(op)) return new PyBuiltinMethod(type, name, (self, other) => self.RichCompare(other, op) ?? PyNotImplemented.Instance);
        }
        foreach (var op in UnaryOperatorExtensions.All)
        {
            if (name == SpecialMethods.UnaryName(op))
            {
                return new PyBuiltinMethod(type, name, self => self.UnaryOp(op) ?? throw Errors.TypeError($"bad operand type for unary {op.Symbol()}: '{self.Type.TpName}'"));
            }
        }
        foreach (var op in BinaryOperatorExtensions.All)
        {
            // str/bytes/list/tuple + and * are sequence slots in CPython: their dunders raise rather than return NotImplemented.
            if (name == SpecialMethods.BinaryName(op) && op is BinaryOperator.Add or BinaryOperator.Mult && IsSequenceType(type))
            {
                return new PyBuiltinMethod(type, name, (self, other) => self.BinaryOp(op, other) ?? throw Arithmetic.Unsupported(op, self, other));
            }
            if (name == SpecialMethods.BinaryName(op)) return new PyBuiltinMethod(type, name, (self, other) => self.BinaryOp(op, other) ?? PyNotImplemented.Instance);
            if (name == SpecialMethods.ReflectedName(op)) return new PyBuiltinMethod(type, name, (self, other) => self.ReflectedBinaryOp(op, other) ?? PyNotImplemented.Instance);
            if (name == SpecialMethods.InPlaceName(op)) return new PyBuiltinMethod(type, name, (self, other) => self.InPlaceOp(op, other) ?? PyNotImplemented.Instance);
        }
        throw new ArgumentException($"no slot wrapper for {name}", nameof(name));
    }

    private static bool IsSequenceType(PyType type) =>
        ReferenceEquals(type, PyStr.TypeObject) || ReferenceEquals(type, PyList.TypeObject) || ReferenceEquals(type, PyTuple.TypeObject)
        || ReferenceEquals(type, PyBytes.BytesType) || ReferenceEquals(type, PyBytes.ByteArrayType);
}
