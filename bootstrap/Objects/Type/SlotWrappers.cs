using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Puts a builtin type's protocol hooks in its dict as dunder methods (CPython's slot wrappers),
/// so <c>int.__add__(1, 2)</c>, <c>super().__len__()</c> and inheritance reach them. One call where
/// the type is defined: <c>SlotWrappers.Expose(TypeObject, TypeSlots.Text | TypeSlots.Compare | ...)</c>.
/// Each wrapper calls the C# hook, so hooks of types that classes can subclass must be the builtin
/// behaviour (never a dispatch back to a Python dunder).
/// </summary>
public static class SlotWrappers
{
    public static PyType Expose(PyType type, TypeSlots slots)
    {
        if (slots.HasFlag(TypeSlots.Text))
        {
            type.Method("__repr__", static self => new PyStr(self.Repr()));
            type.Method("__str__", static self => new PyStr(self.Str()));
        }
        if (slots.HasFlag(TypeSlots.Hash)) type.Method("__hash__", static self => PyInt.From(self.Hash()));
        if (slots.HasFlag(TypeSlots.Bool)) type.Method("__bool__", static self => PyBool.From(self.IsTrue()));
        if (slots.HasFlag(TypeSlots.Compare))
        {
            foreach (var op in Enum.GetValues<CompareOp>())
            {
                type.Method(SpecialMethods.CompareName(op), (self, other) => self.RichCompare(other, op) ?? PyNotImplemented.Instance);
            }
        }
        if (slots.HasFlag(TypeSlots.Arithmetic))
        {
            foreach (var op in Enum.GetValues<BinaryOperator>())
            {
                type.Method(SpecialMethods.BinaryName(op), (self, other) => self.BinaryOp(op, other) ?? PyNotImplemented.Instance);
                type.Method(SpecialMethods.ReflectedName(op), (self, other) => self.ReflectedBinaryOp(op, other) ?? PyNotImplemented.Instance);
            }
        }
        if (slots.HasFlag(TypeSlots.InPlace))
        {
            foreach (var op in Enum.GetValues<BinaryOperator>())
            {
                type.Method(SpecialMethods.InPlaceName(op), (self, other) => self.InPlaceOp(op, other) ?? PyNotImplemented.Instance);
            }
        }
        if (slots.HasFlag(TypeSlots.Unary))
        {
            foreach (var op in Enum.GetValues<UnaryOperator>())
            {
                type.Method(SpecialMethods.UnaryName(op), self => self.UnaryOp(op) ?? throw Errors.TypeError($"bad operand type for unary {op.Symbol()}: '{self.Type.Name}'"));
            }
        }
        if (slots.HasFlag(TypeSlots.Length)) type.Method("__len__", static self => PyInt.From(Builtins.BuiltinsModule.Len(self)));
        if (slots.HasFlag(TypeSlots.Mapping))
        {
            type.Method("__getitem__", static (self, key) => self.GetItem(key) ?? throw Errors.TypeError($"'{self.Type.Name}' object is not subscriptable"));
            type.Method("__setitem__", static (self, args, kw) =>
            {
                if (args.Length != 2) throw Errors.TypeError($"expected 2 arguments, got {args.Length}");
                if (!self.SetItem(args[0], args[1])) throw Errors.TypeError($"'{self.Type.Name}' object does not support item assignment");
                return PyNone.Instance;
            });
            type.Method("__delitem__", static (self, key) =>
                self.DelItem(key) ? PyNone.Instance : throw Errors.TypeError($"'{self.Type.Name}' object does not support item deletion"));
            type.Method("__contains__", static (self, item) => PyBool.From(Comparison.Contains(self, item)));
        }
        if (slots.HasFlag(TypeSlots.Iter)) type.Method("__iter__", static self => Iteration.GetIter(self));
        if (slots.HasFlag(TypeSlots.Next))
        {
            type.Method("__next__", static self =>
                (self as PyIterator ?? throw Errors.TypeError($"'{self.Type.Name}' object is not an iterator")).Next()
                ?? throw ExceptionTypes.FactoryOf(ExceptionTypes.StopIteration)(ExceptionTypes.StopIteration, PyTuple.Empty).ToException());
        }
        if (slots.HasFlag(TypeSlots.Call)) type.Method("__call__", static (self, args, kw) => self.Call(args, kw));
        return type;
    }
}
