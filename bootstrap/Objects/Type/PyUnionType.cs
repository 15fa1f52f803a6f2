using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>int | None</c>: CPython's types.UnionType, what <c>|</c> between classes, None and generic
/// aliases makes (annotations such as <c>def f(x: str | None = None)</c> evaluate it). Its members
/// are flattened and kept once each, in order; it compares and hashes as the set of its members,
/// and isinstance()/issubclass() accept it as they accept a tuple.
/// </summary>
public sealed class PyUnionType : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("UnionType", null) { Module = "types", TpName = "types.UnionType", IsFinal = true };
        t.Constructor = static (_, _) => throw Errors.TypeError("cannot create 'types.UnionType' instances");
        SlotWrappers.Add(t, "__repr__", "__hash__", "__eq__", "__ne__", "__or__", "__ror__", "__getitem__");
        t.SetAttribute("__args__", new PyGetSetDescriptor(t, "__args__", static o => ((PyUnionType)o).Args));
        t.SetAttribute("__parameters__", new PyGetSetDescriptor(t, "__parameters__", static o => ((PyUnionType)o).Parameters));
        return t;
    }

    private PyTuple? _parameters;

    private PyUnionType(PyTuple args) => Args = args;

    /// <summary>The members, None given as NoneType.</summary>
    public PyTuple Args { get; }

    public override PyType Type => TypeObject;

    /// <summary>
    /// <c>left | right</c> when both can be members (None, a class, a generic alias, a union): the
    /// union, or the one member left after duplicates go. Null (NotImplemented) otherwise, so
    /// typing's forms (TypeVar, Optional[...]) answer with their own <c>__ror__</c>.
    /// </summary>
    public static PyObject? Or(PyObject left, PyObject right)
    {
        if (!CanBeMember(left) || !CanBeMember(right)) return null;
        var members = new List<PyObject>();
        AddMembers(members, left);
        AddMembers(members, right);
        return members.Count == 1 ? members[0] : new PyUnionType(PyTuple.CopyOf([.. members]));
    }

    private static bool CanBeMember(PyObject o) => o is PyNone or PyType or PyGenericAlias or PyUnionType;

    private static void AddMembers(List<PyObject> members, PyObject o)
    {
        if (o is PyUnionType u)
        {
            foreach (var m in u.Args.Items) AddOnce(members, m);
            return;
        }
        AddOnce(members, o is PyNone ? PyNone.TypeObject : o);
    }

    private static void AddOnce(List<PyObject> members, PyObject o)
    {
        foreach (var m in members)
        {
            if (Comparison.Equal(m, o)) return;
        }
        members.Add(o);
    }

    public override string Repr() => string.Join(" | ", Sequences.Map(Args.Items, MemberRepr));

    private static string MemberRepr(PyObject o) =>
        ReferenceEquals(o, PyNone.TypeObject) ? "None" : o is PyType t ? PyGenericAlias.ClassName(t) : o.Repr();

    /// <summary>The type variables among the members (<c>__parameters__</c>).</summary>
    public PyTuple Parameters => _parameters ??= TypeParameters.Collect(Args);

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) => op == BinaryOperator.BitOr ? Or(this, other) : null;

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) => op == BinaryOperator.BitOr ? Or(other, this) : null;

    /// <summary><c>(list[T] | None)[int]</c>: the members with T replaced, joined again with <c>|</c>.</summary>
    public override PyObject? GetItem(PyObject key)
    {
        var members = TypeParameters.Substitute(this, Args, Parameters, key);
        var result = members[0];
        for (var i = 1; i < members.Length; i++) result = Arithmetic.Binary(BinaryOperator.BitOr, result, members[i]);
        return result;
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyUnionType u) return null;
        var equal = Comparison.Equal(MemberSet(), u.MemberSet());
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    private PySet MemberSet() => new(Args, frozen: true);

    public override long Hash() => MemberSet().Hash();
}
