using PyPack.Runtime.Builtins;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Exceptions;

/// <summary>
/// BaseExceptionGroup and ExceptionGroup (PEP 654): a message and a non-empty tuple of exceptions,
/// with CPython 3.11's construction rules (BaseExceptionGroup of Exceptions becomes an
/// ExceptionGroup; an ExceptionGroup cannot hold BaseExceptions), split/subgroup/derive, and the
/// metadata (traceback, cause, context, notes) each part carries over from the original.
/// </summary>
public sealed class PyExceptionGroup : PyBaseException
{
    private PyExceptionGroup(PyType type, PyTuple args, PyStr message, PyTuple exceptions) : base(type, args)
    {
        Message = message;
        Exceptions = exceptions;
    }

    public PyStr Message { get; }
    public PyTuple Exceptions { get; }

    /// <summary>BaseExceptionGroup.__new__(cls, message, exceptions).</summary>
    public static PyBaseException Create(PyType type, PyTuple args)
    {
        if (args.Count != 2) throw Errors.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Count} given)");
        if (args[0] is not PyStr message) throw Errors.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {args[0].Type.TpName}");
        var sequence = args[1];
        if (!IsSequence(sequence)) throw Errors.TypeError("second argument (exceptions) must be a sequence");
        var items = Iteration.ToArray(sequence);
        if (items.Length == 0) throw Errors.ValueError("second argument (exceptions) must be a non-empty sequence");
        var nestedBase = false;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyBaseException e) throw Errors.ValueError($"Item {i} of second argument (exceptions) is not an exception");
            if (!e.Type.IsSubtypeOf(ExceptionTypes.Exception)) nestedBase = true;
        }
        if (ReferenceEquals(type, ExceptionTypes.BaseExceptionGroup))
        {
            if (!nestedBase) type = ExceptionTypes.ExceptionGroup;
        }
        else if (ReferenceEquals(type, ExceptionTypes.ExceptionGroup))
        {
            if (nestedBase) throw Errors.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        else if (nestedBase && type.IsSubtypeOf(ExceptionTypes.Exception))
        {
            throw Errors.TypeError($"Cannot nest BaseExceptions in '{type.TpName}'");
        }
        return new PyExceptionGroup(type, args, message, PyTuple.FromArray(items));
    }

    /// <summary>The group CPython's C code makes (_PyExc_CreateExceptionGroup), its exceptions given as a list or a tuple.</summary>
    public static PyBaseException Make(string message, IReadOnlyList<PyBaseException> exceptions, bool asTuple = false) =>
        Create(ExceptionTypes.BaseExceptionGroup, PyTuple.Of(new PyStr(message), asTuple ? PyTuple.FromArray(Sequences.Map(exceptions, static e => (PyObject)e)) : new PyList(Sequences.Map(exceptions, static e => (PyObject)e))));

    private static bool IsSequence(PyObject o) =>
        o is PyList or PyTuple || o.Type.IsSubtypeOf(PyList.TypeObject) || o.Type.IsSubtypeOf(PyTuple.TypeObject)
        || (o is not PyDict && o.Type.Lookup("__getitem__") is not null && o.Type.IsHeapType);

    public override string BaseStr()
    {
        var n = Exceptions.Count;
        return $"{Message.Value} ({n} sub-exception{(n == 1 ? "" : "s")})";
    }

    protected override PyObject? GetSpecialAttribute(string name) => name switch
    {
        "message" => Message,
        "exceptions" => Exceptions,
        _ => null,
    };

    internal static void AddMethods(PyType t)
    {
        t.Method("derive", static (self, excs) => Make(((PyExceptionGroup)self).Message.Value, ToExceptions(excs)));
        t.Method("split", static (self, condition) =>
        {
            var (match, rest) = Split((PyExceptionGroup)self, Matcher(condition), constructRest: true);
            return PyTuple.Of((PyObject?)match ?? PyNone.Instance, (PyObject?)rest ?? PyNone.Instance);
        });
        t.Method("subgroup", static (self, condition) =>
            (PyObject?)Split((PyExceptionGroup)self, Matcher(condition), constructRest: false).Match ?? PyNone.Instance);
        t.Method("__str__", static self => new PyStr(((PyBaseException)self).BaseStr()));
    }

    private static List<PyBaseException> ToExceptions(PyObject excs)
    {
        var list = new List<PyBaseException>();
        foreach (var item in Iteration.ToArray(excs))
        {
            list.Add(item as PyBaseException ?? throw Errors.ValueError($"Item {list.Count} of second argument (exceptions) is not an exception"));
        }
        return list;
    }

    /// <summary>What split() and subgroup() accept: an exception class, a tuple of them, or a predicate.</summary>
    public static Func<PyBaseException, bool> Matcher(PyObject condition)
    {
        if (condition is not PyType && BuiltinsModule.IsCallable(condition)) return e => Truth.IsTrue(condition.Call1(e));
        if (condition is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException)) return e => e.Type.IsSubtypeOf(t);
        if (condition is PyTuple tuple && ReferenceEquals(tuple.Type, PyTuple.TypeObject))
        {
            var types = new List<PyType>();
            for (var i = 0; i < tuple.Count; i++)
            {
                if (tuple[i] is not PyType item || !item.IsSubtypeOf(ExceptionTypes.BaseException)) throw BadCondition();
                types.Add(item);
            }
            return e => types.Exists(e.Type.IsSubtypeOf);
        }
        throw BadCondition();
    }

    private static PyException BadCondition() => Errors.TypeError("expected a function, exception type or tuple of exception types");

    /// <summary>CPython's exceptiongroup_split_recursive: a full match keeps the exception itself.</summary>
    public static (PyBaseException? Match, PyBaseException? Remainder) Split(PyBaseException exc, Func<PyBaseException, bool> matches, bool constructRest)
    {
        if (matches(exc)) return (exc, null);
        if (exc is not PyExceptionGroup group) return (null, constructRest ? exc : null);
        var matched = new List<PyBaseException>();
        var rest = new List<PyBaseException>();
        for (var i = 0; i < group.Exceptions.Count; i++)
        {
            var (m, r) = Split((PyBaseException)group.Exceptions[i], matches, constructRest);
            if (m is not null) matched.Add(m);
            if (r is not null) rest.Add(r);
        }
        return (Subset(group, matched), constructRest ? Subset(group, rest) : null);
    }

    /// <summary>A part of <paramref name="original"/>: made by its derive(), with its traceback, cause, context and notes.</summary>
    private static PyBaseException? Subset(PyExceptionGroup original, List<PyBaseException> exceptions)
    {
        if (exceptions.Count == 0) return null;
        var made = Attributes.CallMethod1(original, "derive", new PyList(Sequences.Map(exceptions, static e => (PyObject)e)));
        if (made is not PyExceptionGroup eg) throw Errors.TypeError("derive must return an instance of BaseExceptionGroup");
        eg.Traceback = original.Traceback;
        eg.Context = original.Context;
        eg.Cause = original.Cause;
        // PyException_SetCause always sets __suppress_context__.
        eg.SuppressContext = true;
        if (original.Notes is { } notes)
        {
            eg.SetOwnAttribute("__notes__", IsSequence(notes) ? new PyList(Iteration.ToArray(notes)) : notes);
        }
        return eg;
    }
}
