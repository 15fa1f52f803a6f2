using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Io;

/// <summary>
/// An instance of a class that subclasses io.BytesIO or io.StringIO: the stream, plus the class's
/// dunders and its instance dict (see <see cref="BuiltinSubclass"/>). Like CPython's, the stream's
/// own reads do not go through methods the class redefines (iteration takes its __next__).
/// </summary>
public sealed class PyMemoryStreamSubclass(PyType type, bool bytes) : PyMemoryStream(bytes, null), IHeapInstance
{
    private PyType _type = type;

    public override PyType Type => _type;
    // Always a dict, even for a class with __slots__: the base classes' instances have one, as in CPython.
    public PyDict? Dict { get; set; } = new PyDict();
    private readonly PyObject?[]? _slots = BuiltinSubclass.NewSlots(type);
    public ref PyObject? SlotRef(int index) => ref _slots![index];
    public void AssignClass(PyType type) => _type = type;

    public override string Repr() => BuiltinSubclass.Repr(this) ?? base.Repr();
    public override string Str() => BuiltinSubclass.Str(this) ?? (BuiltinSubclass.Override(this, "__repr__") is null ? base.Str() : Repr());
    public override bool IsTrue() => BuiltinSubclass.IsTrue(this) ?? base.IsTrue();
    public override long Hash() => BuiltinSubclass.Hash(this) ?? base.Hash();

    public override PyObject? RichCompare(PyObject other, CompareOp op) =>
        BuiltinSubclass.Binary(this, SpecialMethods.CompareName(op), other, out var r) ? r : base.RichCompare(other, op);

    public override PyIterator Iter() =>
        BuiltinSubclass.Iter(this, out var r) ? r ?? throw Errors.TypeError($"'{Type.TpName}' object is not iterable") : base.Iter();

    /// <summary>
    /// The next line for iteration: the class's own __next__ when it defines one (a for loop or
    /// csv.reader calls it, its StopIteration ends the iteration); else a StringIO subclass that
    /// defines readline gets its lines from it, as CPython's StringIO iteration does for a
    /// subclass (BytesIO's never does).
    /// </summary>
    public override PyObject? Next()
    {
        if (BuiltinSubclass.Override(this, "__next__") is { } next and not PyNone)
        {
            try
            {
                return SpecialMethods.Call0(this, next);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                return null;
            }
        }
        // The class's own readline, even from inside readlines() (where Override hides it).
        if (IsBytes || _type.FindOverride("readline", out _) is null) return base.Next();
        CheckOpen();
        var line = Operations.Attributes.CallMethod0(this, "readline");
        if (line is not PyStr text) throw Errors.Raise(Exceptions.ExceptionTypes.OSError, $"readline() should have returned a str object, not '{line.Type.TpName}'");
        return text.Value.Length == 0 ? null : line;
    }

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) => BuiltinSubclass.Call(this, args, kwnames) ?? base.Call(args, kwnames);

    // closed and newlines are the stream's own and win over the instance dict, as data descriptors do.
    public override PyObject? GetOwnAttribute(string name) => base.GetOwnAttribute(name) ?? Dict?.TryGetStr(name);

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        if (base.SetOwnAttribute(name, value)) return true;
        if (Dict is null) return false;
        Dict.SetStr(name, value);
        return true;
    }

    public override bool DelOwnAttribute(string name) => base.DelOwnAttribute(name) || (Dict is not null && Dict.RemoveStr(name));
}
