namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>C.__bases__ = (...)</c> on a class: CPython's checks and messages, then a new MRO for the
/// class and every subclass, whose caches are then stale.
/// </summary>
public sealed partial class PyType
{
    internal void AssignBases(PyObject? value)
    {
        if (!IsHeapType) throw Errors.TypeError($"cannot set '__bases__' attribute of immutable type '{TpName}'");
        if (value is null) throw Errors.TypeError($"cannot delete '__bases__' attribute of immutable type '{TpName}'");
        if (value is not PyTuple tuple) throw Errors.TypeError($"can only assign tuple to {TpName}.__bases__, not {value.Type.TpName}");
        if (tuple.Count == 0) throw Errors.TypeError($"can only assign non-empty tuple to {TpName}.__bases__, not ()");
        var bases = new PyType[tuple.Count];
        for (var i = 0; i < bases.Length; i++)
        {
            if (tuple[i] is not PyType b) throw Errors.TypeError($"{TpName}.__bases__ must be tuple of classes, not '{tuple[i].Type.TpName}'");
            if (b.IsSubtypeOf(this)) throw Errors.TypeError("a __bases__ item causes an inheritance cycle");
            bases[i] = b;
        }
        CheckSameLayout(Base!, bases[0]);

        var oldBases = Bases;
        var changed = new List<(PyType Type, PyType[] Mro)>();
        try
        {
            Bases = bases;
            Base = bases[0];
            RecomputeMro(changed);
        }
        catch
        {
            Bases = oldBases;
            Base = oldBases[0];
            foreach (var (type, mro) in changed) type.SetMro(mro);
            throw;
        }
        foreach (var b in oldBases) b.RemoveSubclass(this);
        foreach (var b in bases) b.AddSubclass(this);
        RefreshInheritedNew();
        Modified();
    }

    // Instances already made keep their storage, so the new bases must lay instances out alike:
    // the same nearest type that fixes a layout (a builtin type or a class with __slots__).
    private void CheckSameLayout(PyType oldBase, PyType newBase)
    {
        if (ReferenceEquals(LayoutOwner(oldBase), LayoutOwner(newBase))) return;
        // CPython's types whose instances its GC does not track free them differently.
        var message = IsUntrackedBuiltin(newBase) != IsUntrackedBuiltin(oldBase) ? "deallocator differs from" : "object layout differs from";
        throw Errors.TypeError($"__bases__ assignment: '{newBase.TpName}' {message} '{oldBase.TpName}'");
    }

    private static PyType LayoutOwner(PyType type)
    {
        foreach (var t in type.Mro)
        {
            if (!t.IsHeapType || t.GetOwn("__slots__") is not null) return t;
        }
        return ObjectType;
    }

    private static bool IsUntrackedBuiltin(PyType type) =>
        !type.IsHeapType && (type == PyInt.TypeObject || type == PyFloat.TypeObject || type == PyStr.TypeObject || type == PyBytes.BytesType
            || type == PyComplex.TypeObject || type == PyBool.TypeObject);

    // This class's MRO, then its subclasses' (which contain it), each remembered before it changes.
    private void RecomputeMro(List<(PyType Type, PyType[] Mro)> changed)
    {
        var mro = MroBuilder.Compute(this, Bases);
        changed.Add((this, Mro));
        SetMro(mro);
        foreach (var sub in new List<PyType>(Subclasses)) sub.RecomputeMro(changed);
    }

    private void SetMro(PyType[] mro)
    {
        Mro = mro;
        _mroTuple = null;
    }

    private void RefreshInheritedNew()
    {
        NewIsObjectNew = InheritedNewIsObjectNew();
        foreach (var sub in Subclasses) sub.RefreshInheritedNew();
    }
}
