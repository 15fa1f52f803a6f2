namespace PyPack.Runtime.Objects;

/// <summary>
/// Every Python value. Builtin types override the protocol hooks below; the static entry
/// points in <c>PyPack.Runtime.Operations</c> try fast paths for exact builtin types first and
/// come here otherwise. Hooks return <c>null</c> where CPython's slot returns NotImplemented.
/// </summary>
public abstract class PyObject
{
    /// <summary><c>type(self)</c>.</summary>
    public abstract PyType Type { get; }

    /// <summary><c>repr(self)</c>.</summary>
    public virtual string Repr() => $"<{Type.TpName} object at 0x{Identity.Of(this):x}>";

    /// <summary><c>str(self)</c>.</summary>
    public virtual string Str() => Repr();

    /// <summary><c>bool(self)</c>.</summary>
    public virtual bool IsTrue() => true;

    /// <summary><c>hash(self)</c>; the default is identity-based, like object.__hash__.</summary>
    public virtual long Hash() => (long)(Identity.Of(this) >> 4);

    /// <summary><c>id(self)</c> (see <see cref="Identity"/>): from the weak table unless the type keeps it in a field.</summary>
    internal virtual ulong IdentityNumber() => Identity.FromTable(this);

    /// <summary>Binary operator with self on the left; null means NotImplemented.</summary>
    public virtual PyObject? BinaryOp(BinaryOperator op, PyObject other) => null;

    /// <summary>Binary operator with self on the right (<c>__radd__</c> and friends).</summary>
    public virtual PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) => null;

    /// <summary>In-place operator (<c>__iadd__</c>); null falls back to <see cref="BinaryOp"/>.</summary>
    public virtual PyObject? InPlaceOp(BinaryOperator op, PyObject other) => null;

    /// <summary>Unary operator; null means the type does not support it.</summary>
    public virtual PyObject? UnaryOp(UnaryOperator op) => null;

    /// <summary>Rich comparison; null means NotImplemented.</summary>
    public virtual PyObject? RichCompare(PyObject other, CompareOp op) => null;

    /// <summary><c>len(self)</c>, or -1 when the type has no length.</summary>
    public virtual long Length() => -1;

    /// <summary><c>self[key]</c>; null when the type is not subscriptable.</summary>
    public virtual PyObject? GetItem(PyObject key) => null;

    /// <summary><c>self[key] = value</c>; false when the type does not support item assignment.</summary>
    public virtual bool SetItem(PyObject key, PyObject value) => false;

    /// <summary><c>del self[key]</c>; false when the type does not support item deletion.</summary>
    public virtual bool DelItem(PyObject key) => false;

    /// <summary><c>iter(self)</c>; null when the object is not iterable.</summary>
    public virtual PyIterator? Iter() => null;

    /// <summary><c>value in self</c>; null falls back to iteration.</summary>
    public virtual bool? Contains(PyObject value) => null;

    /// <summary>
    /// <c>self.name</c> when the attribute is not found through the type (instance dicts, module
    /// globals); null means absent.
    /// </summary>
    public virtual PyObject? GetOwnAttribute(string name) => null;

    /// <summary><c>self.name = value</c> on the instance; false when the object has no attributes of its own.</summary>
    public virtual bool SetOwnAttribute(string name, PyObject value) => false;

    /// <summary><c>del self.name</c> on the instance; false when absent.</summary>
    public virtual bool DelOwnAttribute(string name) => false;

    /// <summary>Calls with positional <paramref name="args"/>; the last <c>kwnames.Length</c> of them are keyword values.</summary>
    public virtual PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) =>
        throw Errors.TypeError($"'{Type.TpName}' object is not callable");

    public virtual PyObject Call0() => Call([], null);
    public virtual PyObject Call1(PyObject a) => Call([a], null);
    public virtual PyObject Call2(PyObject a, PyObject b) => Call([a, b], null);
    public virtual PyObject Call3(PyObject a, PyObject b, PyObject c) => Call([a, b, c], null);

    public override string ToString() => Repr();
}
