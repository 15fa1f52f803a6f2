using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Instances of classes that subclass a builtin (<c>class L(list)</c>) are instances of a C#
/// class derived from the builtin's, whose protocol hooks call the dunders the class statements
/// define (<see cref="Override"/>) and otherwise the builtin behaviour. While a method of the
/// builtin runs on such an instance (<c>super().__getitem__(k)</c>, <c>dict.update(self, ...)</c>),
/// its hooks are the builtin's, as CPython's C functions never call back into a subclass.
/// </summary>
public static class BuiltinSubclass
{
    /// <summary>
    /// Whether <paramref name="o"/> is an instance of a builtin type's subclass whose own attributes
    /// are its dict's alone (GetOwnAttribute reads nothing else: the builtins have none of their own),
    /// and that dict (null under __slots__): attribute sites read it with their cached hash. The
    /// sealed types first (one compare each), tuple's two storages last.
    /// </summary>
    internal static bool OwnDict(PyObject o, out PyDict? dict)
    {
        switch (o)
        {
            case PyIntSubclass i: dict = i.Dict; return true;
            case PyStrSubclass s: dict = s.Dict; return true;
            case PyFloatSubclass f: dict = f.Dict; return true;
            case PyListSubclass l: dict = l.Dict; return true;
            case PyDictSubclass d: dict = d.Dict; return true;
            case PySetSubclass e: dict = e.Dict; return true;
            case PyBytesSubclass b: dict = b.Dict; return true;
            case PyComplexSubclass c: dict = c.Dict; return true;
            case PyTupleSubclass t: dict = t.Dict; return true;
            default: dict = null; return false;
        }
    }

    // The instances builtin methods run on, innermost last; a null entry is a barrier that lets
    // the hooks dispatch again (see Dispatching).
    [ThreadStatic] private static List<PyObject?>? t_inBuiltin;

    /// <summary>Whether <paramref name="self"/> is a subclass instance whose builtin hooks must not dispatch.</summary>
    public static bool InBuiltin(PyObject self)
    {
        var running = t_inBuiltin;
        if (running is null) return false;
        for (var i = running.Count - 1; i >= 0; i--)
        {
            if (running[i] is null) return false;
            if (ReferenceEquals(running[i], self)) return true;
        }
        return false;
    }

    /// <summary>Marks a builtin method running on <paramref name="self"/>; pair with <see cref="Leave"/>.</summary>
    public static void Enter(PyObject self) => (t_inBuiltin ??= []).Add(self);

    public static void Leave() => t_inBuiltin!.RemoveAt(t_inBuiltin.Count - 1);

    /// <summary>
    /// Runs <paramref name="operation"/> with the subclasses' hooks dispatching again, for the few
    /// places where CPython's builtin calls the full protocol on self (<c>int.__format__(x, '')</c> is <c>str(x)</c>).
    /// </summary>
    public static T Dispatching<T>(Func<T> operation)
    {
        (t_inBuiltin ??= []).Add(null);
        try
        {
            return operation();
        }
        finally
        {
            Leave();
        }
    }

    /// <summary><c>repr(self)</c> under <see cref="Dispatching{T}"/>, without a closure: object.__str__ is repr through the full protocol.</summary>
    public static string ReprDispatching(PyObject self)
    {
        (t_inBuiltin ??= []).Add(null);
        try
        {
            return Text.Repr(self);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary><c>self[key] = value</c> under <see cref="Dispatching{T}"/>, without a closure to allocate.</summary>
    public static void SetItemDispatching(PyObject self, PyObject key, PyObject value)
    {
        (t_inBuiltin ??= []).Add(null);
        try
        {
            Subscript.SetItem(self, key, value);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>
    /// The dunder <paramref name="name"/> as a class statement defines it for self's class; null
    /// when the builtin's own applies. As CPython's slot inheritance, the first class along the MRO
    /// that defines the name wins: a builtin that defines it (<c>int.__repr__</c>) hides a mixin later
    /// in the MRO, one that does not (<c>int</c> has no <c>__str__</c> or <c>__len__</c>) lets it show.
    /// </summary>
    public static PyObject? Override(PyObject self, string name) => Override(self, name, out _);

    /// <summary><see cref="Override(PyObject, string)"/>; <paramref name="defined"/> tells whether any class defines the name.</summary>
    private static PyObject? Override(PyObject self, string name, out bool defined) =>
        self.Type.FindOverride(name, out defined) is { } m && !InBuiltin(self) ? m : null;

    public static string? Repr(PyObject self) =>
        Override(self, "__repr__") is { } m ? SpecialMethods.CheckString(SpecialMethods.Call0(self, m), "__repr__") : null;

    public static string? Str(PyObject self) =>
        Override(self, "__str__") is { } m ? SpecialMethods.CheckString(SpecialMethods.Call0(self, m), "__str__") : null;

    public static bool? IsTrue(PyObject self)
    {
        var b = Override(self, "__bool__", out var hasBool);
        if (b is not null and not PyNone)
        {
            var r = SpecialMethods.Call0(self, b);
            return r is PyBool v ? v.Value : throw Errors.TypeError($"__bool__ should return bool, returned {r.Type.TpName}");
        }
        // A builtin's __bool__ (int's) decides before any __len__ later in the MRO.
        if (hasBool) return null;
        if (Override(self, "__len__") is { } len and not PyNone) return SpecialMethods.CheckLength(SpecialMethods.Call0(self, len)) != 0;
        return null;
    }

    public static long? Hash(PyObject self)
    {
        var h = Override(self, "__hash__");
        if (h is null) return null;
        if (h is PyNone) throw Errors.TypeError($"unhashable type: '{self.Type.TpName}'");
        var r = SpecialMethods.Call0(self, h);
        if (r is not PyInt i) throw Errors.TypeError("__hash__ method should return an integer");
        // As CPython: a result that fits a machine word is the hash itself (-1 becomes -2), only a
        // bigger one is hashed as an int (a str subclass returning str.__hash__(self) keeps str's hash).
        if (i.IsSmall) return i.Small == -1 ? -2 : i.Small;
        return Hashing.Hash(i);
    }

    /// <summary>A binary dunder: true when the class defines it (result null for NotImplemented).</summary>
    public static bool Binary(PyObject self, string name, PyObject other, out PyObject? result)
    {
        result = null;
        var m = Override(self, name);
        if (m is null) return false;
        if (m is PyNone) return true;
        var r = SpecialMethods.Call1(self, m, other);
        result = ReferenceEquals(r, PyNotImplemented.Instance) ? null : r;
        return true;
    }

    public static bool Unary(PyObject self, string name, out PyObject? result)
    {
        result = null;
        var m = Override(self, name);
        if (m is null) return false;
        if (m is not PyNone) result = SpecialMethods.Call0(self, m);
        return true;
    }

    /// <summary>
    /// For an instance of a subclass of a builtin number, the result of the dunder
    /// <paramref name="name"/> its class defines itself: abs(), round(), divmod(), pow() and
    /// math.floor/ceil/trunc call it before their shortcut for the builtin's value. Null when self
    /// is no such instance or its class keeps the builtin's.
    /// </summary>
    public static PyObject? CallOwn(PyObject self, string name, ReadOnlySpan<PyObject> args)
    {
        // The interface test first: an exact number (abs(x) in a loop) leaves after that one check.
        if (self is not IHeapInstance || self is not (PyInt or PyFloat or PyComplex) || Override(self, name) is not { } m) return null;
        return args.Length switch
        {
            0 => SpecialMethods.Call0(self, m),
            1 => SpecialMethods.Call1(self, m, args[0]),
            _ => SpecialMethods.Call2(self, m, args[0], args[1]),
        };
    }

    public static long? Length(PyObject self) =>
        Override(self, "__len__") is { } m ? (m is PyNone ? -1 : SpecialMethods.CheckLength(SpecialMethods.Call0(self, m))) : null;

    /// <summary>A dunder taking one argument; true when the class defines it.</summary>
    public static bool Call1(PyObject self, string name, PyObject a, out PyObject? result)
    {
        result = null;
        var m = Override(self, name);
        if (m is null) return false;
        if (m is not PyNone) result = SpecialMethods.Call1(self, m, a);
        return true;
    }

    public static bool? SetItem(PyObject self, PyObject key, PyObject value)
    {
        var m = Override(self, "__setitem__");
        if (m is null) return null;
        if (m is PyNone) return false;
        SpecialMethods.Call2(self, m, key, value);
        return true;
    }

    public static bool Iter(PyObject self, out PyIterator? result)
    {
        result = null;
        var m = Override(self, "__iter__");
        if (m is null) return false;
        if (m is not PyNone) result = SpecialMethods.IteratorOf(SpecialMethods.Call0(self, m));
        return true;
    }

    public static bool Contains(PyObject self, PyObject value, out bool? result)
    {
        result = null;
        var m = Override(self, "__contains__");
        if (m is null) return false;
        if (m is not PyNone) result = Truth.IsTrue(SpecialMethods.Call1(self, m, value));
        return true;
    }

    public static PyObject? Call(PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames) =>
        Override(self, "__call__") is { } m and not PyNone ? SpecialMethods.Call(self, m, args, kwnames) : null;

    /// <summary>
    /// What a builtin operation returns when it would return the subclass instance itself: an
    /// immutable value comes back as the exact builtin (<c>S("a").strip()</c>, <c>+I(1)</c>, <c>T(x)[:]</c>).
    /// </summary>
    public static PyObject? ExactResult(PyObject self, PyObject? result) => !ReferenceEquals(self, result) ? result : self switch
    {
        PyStrSubclass s => new PyStr(s.Value),
        PyIntSubclass i => PyInt.From(i.Big),
        PyFloatSubclass f => new PyFloat(f.Value),
        PyComplexSubclass c => new PyComplex(c.Real, c.Imag),
        PyTupleSubclass t => PyTuple.CopyOf(t.Items),
        PyBytesSubclass { IsByteArray: false } b => PyBytes.Of(b.Data.ToArray()),
        PySetSubclass { Frozen: true } f => new PySet(f, frozen: true),
        _ => result,
    };

    // ----- the instance's own attributes -----

    public static PyDict? NewDict(PyType type) => type.HasInstanceDict ? new PyDict() : null;

    public static PyObject?[]? NewSlots(PyType type) => type.SlotCount > 0 ? new PyObject?[type.SlotCount] : null;
}
