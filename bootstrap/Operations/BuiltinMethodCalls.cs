using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// <c>o.append(x)</c>, <c>o.pop()</c>, <c>o.add(x)</c>, <c>o.discard(x)</c>, <c>o.remove(x)</c> and <c>o.get(k[, d])</c>
/// (where a class of the module defines the name too, after its helper found o's class does not give
/// that def): on an exact list, set or dict the method is the
/// builtin's (a builtin type's attributes cannot be replaced, and its exact instances have no
/// instance dict), so it runs here
/// without the attribute cache, the method's delegate or, for an unboxed int into a set, an int
/// object. Any other receiver (a subclass instance, a frozenset, another type) takes the ordinary
/// method call, errors included.
/// </summary>
public static class BuiltinMethodCalls
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Append(PyObject o, AttributeSite site, PyObject x)
    {
        if (o.GetType() != typeof(PyList)) return Attributes.CallMethod1(o, site, x);
        Unsafe.As<PyList>(o).Append(x);
        return PyNone.Instance;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Append(PyObject o, AttributeSite site, in Unboxed x) => Append(o, site, x.Box());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Add(PyObject o, AttributeSite site, PyObject x)
    {
        if (!IsMutableSet(o)) return Attributes.CallMethod1(o, site, x);
        Unsafe.As<PySet>(o).Add(x);
        return PyNone.Instance;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Add(PyObject o, AttributeSite site, in Unboxed x)
    {
        if (!IsMutableSet(o)) return Attributes.CallMethod1(o, site, x.Box());
        Unboxed.AddTo(Unsafe.As<PySet>(o), x);
        return PyNone.Instance;
    }

    /// <summary>set.discard; any other receiver (list has no discard) its own method.</summary>
    public static PyObject Discard(PyObject o, AttributeSite site, PyObject x)
    {
        if (!IsMutableSet(o) || PySet.IsSet(x)) return Attributes.CallMethod1(o, site, x);
        Unsafe.As<PySet>(o).Discard(x);
        return PyNone.Instance;
    }

    public static PyObject Discard(PyObject o, AttributeSite site, in Unboxed x)
    {
        if (!IsMutableSet(o)) return Attributes.CallMethod1(o, site, x.Box());
        if (x.TryGetInt(out var value)) Unsafe.As<PySet>(o).DiscardInt(value);
        else return Discard(o, site, x.Box());
        return PyNone.Instance;
    }

    /// <summary>set.remove (a list's remove and everything else: the ordinary call).</summary>
    public static PyObject Remove(PyObject o, AttributeSite site, PyObject x)
    {
        // A set argument is looked up as a frozenset: the method itself does that.
        if (!IsMutableSet(o) || PySet.IsSet(x)) return Attributes.CallMethod1(o, site, x);
        if (!Unsafe.As<PySet>(o).Discard(x)) throw Errors.KeyError(x);
        return PyNone.Instance;
    }

    public static PyObject Remove(PyObject o, AttributeSite site, in Unboxed x)
    {
        if (!IsMutableSet(o) || !x.TryGetInt(out var value)) return Remove(o, site, x.Box());
        if (!Unsafe.As<PySet>(o).DiscardInt(value)) throw Errors.KeyError(PyInt.From(value));
        return PyNone.Instance;
    }

    /// <summary>list.pop() on an exact list.</summary>
    public static PyObject Pop(PyObject o, AttributeSite site)
    {
        if (o.GetType() != typeof(PyList)) return Attributes.CallMethod0(o, site);
        var l = Unsafe.As<PyList>(o);
        if (l.Count == 0) throw Errors.IndexError("pop from empty list");
        return l.RemoveAt(l.Count - 1);
    }

    /// <summary>dict.get(key) on an exact dict (no __missing__ is asked, as the method does not).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Get(PyObject o, AttributeSite site, PyObject key) =>
        o.GetType() == typeof(PyDict) ? Unsafe.As<PyDict>(o).TryGet(key) ?? PyNone.Instance : Attributes.CallMethod1(o, site, key);

    /// <summary>dict.get(key, default) on an exact dict.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Get(PyObject o, AttributeSite site, PyObject key, PyObject fallback) =>
        o.GetType() == typeof(PyDict) ? Unsafe.As<PyDict>(o).TryGet(key) ?? fallback : Attributes.CallMethod2(o, site, key, fallback);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMutableSet(PyObject o) => o.GetType() == typeof(PySet) && !Unsafe.As<PySet>(o).Frozen;
}
