using System.Runtime.CompilerServices;
using System.Text;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary><c>repr</c>, <c>str</c> and <c>format</c>.</summary>
public static class Text
{
    [ThreadStatic] private static HashSet<PyObject>? t_reprInProgress;

    public static string Repr(PyObject o) => o.Repr();

    public static string Str(PyObject o) => o is PyStr s && o is not PyStrSubclass ? s.Value : o.Str();

    public static PyStr ToStr(PyObject o)
    {
        if (o is PyStr s && ReferenceEquals(s.Type, PyStr.TypeObject)) return s;
        // An exact int's digits are ASCII: no surrogate scan. (A new str even for one digit:
        // CPython's str(3) is not str(3).)
        if (o.GetType() == typeof(PyInt)) return PyStr.OfInt(Unsafe.As<PyInt>(o).Small);
        if (o.GetType() == typeof(PyBigInt)) return PyStr.Unpaired(o.Repr());
        return new PyStr(o.Str());
    }

    /// <summary>
    /// <c>f"{o}"</c>: format(o, ''), which is an exact str itself (CPython's PyObject_Format returns
    /// it), so the f-string makes no copy; anything else is a new str of its formatted text.
    /// </summary>
    public static PyStr FormatField(PyObject o)
    {
        if (PyStr.IsExact(o)) return Unsafe.As<PyStr>(o);
        // str(n), a new str as in CPython
        if (o.GetType() == typeof(PyInt)) return PyStr.OfInt(Unsafe.As<PyInt>(o).Small);
        if (o.GetType() == typeof(PyBigInt)) return PyStr.Unpaired(o.Repr());
        return new PyStr(Format(o, ""));
    }

    /// <summary>
    /// <c>repr(o)</c> (also %r and !r). Exact ints, floats and strs, the values most often shown
    /// (pprint, logging), are written as one str without a surrogate scan: their text is ASCII but
    /// for a str's own non-ASCII characters. A new str each time, as CPython's.
    /// </summary>
    public static PyStr ToRepr(PyObject o)
    {
        if (o.GetType() == typeof(PyInt)) return PyStr.OfInt(Unsafe.As<PyInt>(o).Small);
        if (PyStr.IsExact(o)) return StrRepr.StrOf(Unsafe.As<PyStr>(o));
        if (o.GetType() == typeof(PyFloat)) return FloatRepr.StrOf(Unsafe.As<PyFloat>(o).Value);
        return new PyStr(o.Repr());
    }

    public static PyStr ToAscii(PyObject o) => new(Builtins.BuiltinsModule.Ascii(o.Repr()));

    /// <summary><c>format(o, spec)</c>; f-string fields without a spec are <c>format(o, '')</c>.</summary>
    public static string Format(PyObject o, string spec)
    {
        if (o.Type.IsHeapType && o is not PyInstance)
        {
            // A subclass of a builtin: its own __format__, else the builtin's, which gives str(o)
            // for an empty spec (so a __str__ override shows) and formats the value otherwise.
            if (BuiltinSubclass.Override(o, "__format__") is { } custom)
            {
                var r = SpecialMethods.Call1(o, custom, new PyStr(spec));
                return r is PyStr rs ? rs.Value : throw Errors.TypeError($"__format__ must return a str, not {r.Type.TpName}");
            }
            if (spec.Length == 0) return Str(o);
        }
        switch (o)
        {
            case PyStr s: return Formatting.ValueFormatter.FormatStr(s.Value, spec, o.Type.Name);
            case PyInt i: return Formatting.ValueFormatter.FormatInt(i, spec);
            case PyFloat f: return Formatting.ValueFormatter.FormatFloat(f.Value, spec, o.Type.Name);
            case PyComplex c: return PyComplex.Format(c, spec);
        }
        if (o.Type.Lookup("__format__") is { } method && method is not PyBuiltinMethod)
        {
            var r = Attributes.CallMethod1(o, "__format__", new PyStr(spec));
            return r is PyStr rs ? rs.Value : throw Errors.TypeError($"__format__ must return a str, not {r.Type.TpName}");
        }
        if (spec.Length == 0) return Str(o);
        throw Errors.TypeError($"unsupported format string passed to {o.Type.TpName}.__format__");
    }

    /// <summary>
    /// <c>format(o, spec)</c> for a spec written as a constant: exact ints, floats and strs use the
    /// spec parsed once; other values get its text, as from any spec.
    /// </summary>
    public static string Format(PyObject o, Formatting.ConstantFormatSpec spec)
    {
        if (spec.Parsed is { } parsed)
        {
            var t = o.GetType();
            if (t == typeof(PyInt) || t == typeof(PyBigInt)) return Formatting.ValueFormatter.FormatInt((PyInt)o, parsed);
            if (t == typeof(PyFloat)) return Formatting.ValueFormatter.FormatFloat(((PyFloat)o).Value, parsed);
            if (PyStr.IsExact(o)) return Formatting.ValueFormatter.FormatStr(Unsafe.As<PyStr>(o), parsed);
        }
        return Format(o, spec.Text);
    }

    /// <summary>A conversion's text (<c>!s</c>, <c>!r</c>, <c>!a</c>: always an exact str) formatted with a constant spec.</summary>
    public static string Format(string converted, Formatting.ConstantFormatSpec spec) =>
        spec.Parsed is { } parsed ? Formatting.ValueFormatter.FormatStr(converted, parsed) : Format(new PyStr(converted), spec.Text);

    /// <summary>Marks <paramref name="container"/> as being repr'd; false when it already is (a cycle).</summary>
    public static bool EnterRepr(PyObject container)
    {
        var inProgress = t_reprInProgress ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        if (!inProgress.Add(container)) return false;
        Runtime.Hosting.CallDepth.Enter();
        return true;
    }

    public static void LeaveRepr(PyObject container)
    {
        Runtime.Hosting.CallDepth.Leave();
        t_reprInProgress!.Remove(container);
    }

    /// <summary>The repr of a container's items between brackets, <c>[...]</c> when it contains itself.</summary>
    public static string SequenceRepr(PyObject container, string open, string close, ReadOnlySpan<PyObject> items)
    {
        if (items.Length == 0) return open + close;
        var inProgress = t_reprInProgress ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        if (!inProgress.Add(container)) return open + "..." + close;
        try
        {
            Runtime.Hosting.CallDepth.Enter();
            var sb = new StringBuilder(open);
            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(items[i].Repr());
            }
            return sb.Append(close).ToString();
        }
        finally
        {
            Runtime.Hosting.CallDepth.Leave();
            inProgress.Remove(container);
        }
    }
}
