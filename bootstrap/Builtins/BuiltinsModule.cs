using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Builtins;

/// <summary>The <c>builtins</c> module: the names every module sees when its own globals lack them.</summary>
public static partial class BuiltinsModule
{
    /// <summary>The builtin len (the latest made), whose result compiled code keeps unboxed (Unboxed.CallLen).</summary>
    internal static PyObject? LenFunction { get; private set; }

    /// <summary>The builtin isinstance (the latest made), which compiled code tests for itself (TypeTests.CallIsInstance).</summary>
    internal static PyObject? IsInstanceFunction { get; private set; }

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        BuiltinBases.Register();
        foreach (var type in new[]
        {
            PyInt.TypeObject, PyBool.TypeObject, PyFloat.TypeObject, PyStr.TypeObject, PyList.TypeObject,
            PyTuple.TypeObject, PyRange.TypeObject, PyDict.TypeObject, PySet.SetType, PySet.FrozenSetType, PySlice.TypeObject, PyBytes.BytesType, PyBytes.ByteArrayType, PyMemoryView.TypeObject, PyComplex.TypeObject, PyType.TypeType, PyType.ObjectType,
        })
        {
            g.Set(type.Name, type);
        }
        foreach (var type in ExceptionTypes.All) g.Set(type.Name, type);
        g.Set("IOError", ExceptionTypes.OSError);
        g.Set("EnvironmentError", ExceptionTypes.OSError);
        // Keywords in source, but attributes of the module too: getattr(builtins, "None").
        g.Set("None", PyNone.Instance);
        g.Set("True", PyBool.True);
        g.Set("False", PyBool.False);
        g.Set("__debug__", PyBool.True);
        g.Set("Ellipsis", PyEllipsis.Instance);
        g.Set("NotImplemented", PyNotImplemented.Instance);
        g.Set("print", new PyBuiltinFunction("print", Print));
        g.Set("len", LenFunction = Function1("len", static o => PyInt.From(Len(o))));
        g.Set("repr", Function1("repr", static o => Text.ToRepr(o)));
        g.Set("abs", Function1("abs", Abs));
        g.Set("isinstance", IsInstanceFunction = new PyBuiltinFunction("isinstance", IsInstance));
        InitializeIteration(g);
        InitializeNumbers(g);
        InitializeObjects(g);
        InitializeImport(g);
        InitializeIntrospection(g);
        // What CPython's site module adds, which scripts use as if builtin.
        g.Set("exit", new Quitter("exit"));
        g.Set("quit", new Quitter("quit"));
        // Last: type, object, super... replace any earlier binding of those names.
        ClassBuiltins.Register(g);
        PyBuiltinFunction.ClaimFunctions(g, module.Name);
    }

    private static PyBuiltinFunction Function1(string name, Func<PyObject, PyObject> body) =>
        new(name, (args, kwnames) =>
        {
            if (kwnames is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
            if (args.Length != 1) throw Errors.TypeError($"{name}() takes exactly one argument ({args.Length} given)");
            return body(args[0]);
        }, body);

    public static long Len(PyObject o)
    {
        var n = o.Length();
        return n >= 0 ? n : throw Errors.TypeError($"object of type '{o.Type.TpName}' has no len()");
    }

    internal static PyObject Abs(PyObject o) => BuiltinSubclass.CallOwn(o, "__abs__", []) ?? o switch
    {
        PyInt i when i.IsSmall && i.Small != long.MinValue => PyInt.From(Math.Abs(i.Small)),
        PyInt i => PyInt.From(System.Numerics.BigInteger.Abs(i.Big)),
        PyFloat f => new PyFloat(Math.Abs(f.Value)),
        PyComplex c => new PyFloat(ComplexAbs(c)),
        _ => SpecialMethods.TryCall0(o, "__abs__") ?? throw Errors.TypeError($"bad operand type for abs(): '{o.Type.TpName}'"),
    };

    private static double ComplexAbs(PyComplex c)
    {
        var r = Libm.Hypot(c.Real, c.Imag);
        if (double.IsInfinity(r) && double.IsFinite(c.Real) && double.IsFinite(c.Imag)) throw Errors.OverflowError("absolute value too large");
        return r;
    }

    private static PyObject IsInstance(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError("isinstance() takes no keyword arguments");
        if (args.Length != 2) throw Errors.TypeError($"isinstance expected 2 arguments, got {args.Length}");
        return PyBool.From(IsInstanceOf(args[0], args[1]));
    }

    /// <summary><c>isinstance(o, classInfo)</c>, which class patterns of <c>match</c> use too.</summary>
    internal static bool IsInstanceOf(PyObject o, PyObject classInfo)
    {
        if (ReferenceEquals(o.Type, classInfo)) return true;
        // __instancecheck__ of a metaclass written in Python, or of an object standing for a
        // class (typing's generic aliases), as CPython's PyObject_IsInstance asks.
        if ((classInfo is not PyType || classInfo.Type.IsHeapType) && classInfo is not PyTuple
            && classInfo.Type.Lookup("__instancecheck__") is { } check and not PyNone)
        {
            return Operations.Truth.IsTrue(SpecialMethods.Call1(classInfo, check, o));
        }
        switch (classInfo)
        {
            case PyType t:
                return o.Type.IsSubtypeOf(t) || ClaimedClass(o) is { } claimed && claimed.IsSubtypeOf(t);
            case PyTuple or PyUnionType:
                // A union is checked as the tuple of its members.
                foreach (var item in classInfo is PyUnionType union ? union.Args.Items : ((PyTuple)classInfo).Items)
                {
                    if (IsInstanceOf(o, item)) return true;
                }
                return false;
            case PyGenericAlias:
                throw Errors.TypeError("isinstance() argument 2 cannot be a parameterized generic");
            default:
                throw Errors.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
    }

    /// <summary>
    /// The class an instance claims through a <c>__class__</c> its class redefines (a proxy's
    /// property): isinstance() accepts that one too, as CPython's does.
    /// </summary>
    private static PyType? ClaimedClass(PyObject o)
    {
        if (!o.Type.IsHeapType || o.Type.Lookup("__class__") is null or PyGetSetDescriptor) return null;
        return Attributes.TryGetAttr(o, "__class__") is PyType c && !ReferenceEquals(c, o.Type) ? c : null;
    }

    /// <summary><c>print(*objects, sep=' ', end='\n', file=None, flush=False)</c>.</summary>
    private static PyObject Print(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var kwCount = kwnames?.Length ?? 0;
        var count = args.Length - kwCount;
        string sep = " ", end = "\n";
        PyObject? file = null;
        var flush = false;
        for (var k = 0; k < kwCount; k++)
        {
            var value = args[count + k];
            switch (kwnames![k])
            {
                case "sep": sep = TextOrDefault(value, " ", "sep"); break;
                case "end": end = TextOrDefault(value, "\n", "end"); break;
                case "file": file = value is PyNone ? null : value; break;
                case "flush": flush = Truth.IsTrue(value); break;
                default: throw Errors.TypeError($"'{kwnames[k]}' is an invalid keyword argument for print()");
            }
        }
        var interpreter = Hosting.Interpreter.Current;
        // sys.stdout may have been replaced (a StringIO capturing output): print writes there; set
        // to None (as for a GUI program) it prints nothing, and deleted it is an error.
        if (file is null && interpreter.SysStdout is { } cell)
        {
            file = cell.Value ?? throw Errors.RuntimeError("lost sys.stdout");
            if (file is PyNone) return PyNone.Instance;
        }
        var writer = file switch
        {
            null => interpreter.Stdout,
            PyTextStream stream => stream.Writer,
            _ => null,
        };
        if (writer is null)
        {
            // Any object with write(): print calls it once per piece, as CPython does.
            for (var i = 0; i < count; i++)
            {
                if (i > 0) Attributes.CallMethod1(file!, "write", new PyStr(sep));
                Attributes.CallMethod1(file!, "write", Text.ToStr(args[i]));
            }
            Attributes.CallMethod1(file!, "write", new PyStr(end));
            if (flush) Attributes.CallMethod0(file!, "flush");
            return PyNone.Instance;
        }
        for (var i = 0; i < count; i++)
        {
            if (i > 0) writer.Write(sep);
            // An exact str is written from its characters: an inline one makes no string.
            if (PyStr.IsExact(args[i])) writer.Write(System.Runtime.CompilerServices.Unsafe.As<PyStr>(args[i]).Chars);
            else writer.Write(Text.Str(args[i]));
        }
        writer.Write(end);
        if (flush) writer.Flush();
        return PyNone.Instance;
    }

    private static string TextOrDefault(PyObject value, string fallback, string name) => value switch
    {
        PyNone => fallback,
        PyStr s => s.Value,
        _ => throw Errors.TypeError($"{name} must be None or a string, not {value.Type.TpName}"),
    };
}
