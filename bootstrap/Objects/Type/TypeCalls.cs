using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Calling a type: <c>type.__call__</c> (<c>__new__</c> then <c>__init__</c>), <c>object.__new__</c>
/// and <c>object.__init__</c> with CPython's checks, and <c>type(x)</c>.
/// </summary>
public static class TypeCalls
{
    public static PyObject Call(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (type.IsHeapType)
        {
            var plan = PlanOf(type);
            if (plan.IsPlain)
            {
                if (plan.Init is { } init)
                {
                    var obj = new PyInstance(type);
                    CheckInitResult(init.CallWithSelf(obj, args, kwnames));
                    return obj;
                }
                // object.__init__ with arguments: the general path raises CPython's error.
                if (args.Length == 0) return new PyInstance(type);
            }
            // A metaclass with its own __call__ decides what calling its classes does.
            else if (plan.MetaCall is { } plannedCall)
            {
                return SpecialMethods.Call(type, plannedCall, args, kwnames);
            }
            return DefaultCall(type, args, kwnames);
        }
        if (type.Type.IsHeapType && type.Type.Lookup("__call__") is { } metaCall and not PyBuiltinMethod)
        {
            return SpecialMethods.Call(type, metaCall, args, kwnames);
        }
        return DefaultCall(type, args, kwnames);
    }

    // Calls with a few positionals: the plain class's __init__ gets them without an argument array.
    internal static PyObject Call0(PyType type)
    {
        if (type.IsHeapType && PlanOf(type) is { IsPlain: true } plan)
        {
            var obj = new PyInstance(type);
            if (plan.Init is { } init) CheckInitResult(init.Call1(obj));
            return obj;
        }
        return Call(type, [], null);
    }

    internal static PyObject Call1(PyType type, PyObject a)
    {
        // str(x): what str's constructor does with one positional argument, without its argument checks.
        if (ReferenceEquals(type, PyStr.TypeObject)) return Operations.Text.ToStr(a);
        // type(x), library code's most common call of a class: DefaultCall's first answer, without the way there.
        if (ReferenceEquals(type, PyType.TypeType)) return a.Type;
        if (type.IsHeapType && PlanOf(type) is { Init: { } init } plan)
        {
            var obj = plan.IsPlain ? new PyInstance(type) : NewException(plan, type, PyTuple.Of(a));
            CheckInitResult(init.Call2(obj, a));
            return obj;
        }
        return Call(type, [a], null);
    }

    internal static PyObject Call2(PyType type, PyObject a, PyObject b)
    {
        if (type.IsHeapType && PlanOf(type) is { Init: { } init } plan)
        {
            var obj = plan.IsPlain ? new PyInstance(type) : NewException(plan, type, PyTuple.Of(a, b));
            CheckInitResult(init.Call3(obj, a, b));
            return obj;
        }
        return Call(type, [a, b], null);
    }

    internal static PyObject Call3(PyType type, PyObject a, PyObject b, PyObject c)
    {
        if (type.IsHeapType && PlanOf(type) is { Init: { } init } plan)
        {
            var obj = plan.IsPlain ? new PyInstance(type) : NewException(plan, type, PyTuple.Of(a, b, c));
            CheckInitResult(init.Call4(obj, a, b, c));
            return obj;
        }
        return Call(type, [a, b, c], null);
    }

    // What DefaultCall's BaseException.__new__ does for a planned exception class: its args are the call's positionals.
    // The tuple is made straight from the positionals (no argument array to copy it from).
    private static PyObject NewException(ConstructionPlan plan, PyType type, PyTuple args) => plan.ExceptionFactory!(type, args);

    private static void CheckInitResult(PyObject r)
    {
        if (r is not PyNone) throw Errors.TypeError($"__init__() should return None, not '{r.Type.TpName}'");
    }

    /// <summary>
    /// <paramref name="callee"/> as a class whose call is the plain one (<see cref="ConstructionPlan.IsPlain"/>:
    /// object's __new__, no metaclass __call__) with <paramref name="init"/> as its __init__, or null.
    /// Compiled code then makes the instance and calls the __init__'s C# method itself.
    /// </summary>
    public static PyType? PlainClassWithInit(PyObject callee, PyFunction? init) =>
        callee is PyType { IsHeapType: true } type && init is not null && PlanOf(type) is { IsPlain: true } plan && ReferenceEquals(plan.Init, init) ? type : null;

    /// <summary>The instance <paramref name="obj"/> once its __init__ returned <paramref name="initResult"/> (None, else CPython's TypeError).</summary>
    public static PyObject Initialized(PyObject obj, PyObject initResult)
    {
        CheckInitResult(initResult);
        return obj;
    }

    /// <summary>The heap class's <see cref="ConstructionPlan"/> for its current tags, found again after a change.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ConstructionPlan PlanOf(PyType type)
    {
        var plan = type.Construction;
        return plan is not null && plan.IsValidFor(type) ? plan : NewPlan(type);
    }

    private static ConstructionPlan NewPlan(PyType type)
    {
        var plan = MakePlan(type);
        type.Construction = plan;
        return plan;
    }

    // The conditions under which DefaultCall comes down to "new PyInstance, then __init__" (or nothing).
    private static ConstructionPlan MakePlan(PyType type)
    {
        var meta = type.Type;
        var version = type.VersionTag;
        var metaVersion = meta.VersionTag;
        var metaCall = meta.IsHeapType && meta.Lookup("__call__") is { } found and not PyBuiltinMethod ? found : null;
        var metaCalls = metaCall is not null;
        var plain = !metaCalls
            && ReferenceEquals(type.SolidBase, PyType.ObjectType)
            && !type.IsAbstract
            && type.NewIsObjectNew
            && (type.LookupSpecial(SpecialName.New) is not { } n || IsObjectNew(n));
        PyFunction? initFunction = null;
        if (plain)
        {
            var init = type.LookupSpecial(SpecialName.Init);
            if (init is PyFunction f) initFunction = f;
            else if (!ReferenceEquals(init, s_objectInit)) plain = false;
        }
        else if (!metaCalls
            && type.IsSubtypeOf(ExceptionTypes.BaseException)
            && ReferenceEquals(type.LookupSpecial(SpecialName.New), ExceptionTypes.BaseExceptionNew)
            && type.LookupSpecial(SpecialName.Init) is PyFunction exceptionInit)
        {
            // An exception class with its own __init__ (DefaultCall's BaseException.__new__ branch, then that __init__).
            return new ConstructionPlan(version, metaVersion, false, exceptionInit, ExceptionTypes.FactoryOf(type.SolidBase));
        }
        return new ConstructionPlan(version, metaVersion, plain, initFunction, metaCall: metaCall);
    }

    /// <summary><c>type.__call__(cls, *args, **kwargs)</c>.</summary>
    public static PyObject DefaultCall(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (ReferenceEquals(type, PyType.TypeType))
        {
            if (args.Length == 1 && kwnames is null) return args[0].Type;
            // CPython's vectorcall of type refuses keywords next to one positional before counting.
            if (kwnames is { Length: > 0 } && args.Length - kwnames.Length == 1) throw Errors.TypeError("type() takes no keyword arguments");
            if (args.Length - (kwnames?.Length ?? 0) != 3) throw Errors.TypeError("type() takes 1 or 3 arguments");
        }
        if (!type.IsHeapType && !type.Type.IsHeapType && type.Constructor is { } ctor) return ctor(args, kwnames);

        var newMethod = type.LookupSpecial(SpecialName.New);
        PyObject obj;
        if (newMethod is null || IsObjectNew(newMethod))
        {
            if (args.Length > 0) CheckObjectNewArguments(type);
            obj = Allocate(type, args, kwnames);
        }
        else if (kwnames is null && ReferenceEquals(newMethod, ExceptionTypes.BaseExceptionNew) && type.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            // What BaseException.__new__(type, *args) does, without the argument array that puts the class first.
            obj = ExceptionTypes.FactoryOf(type.SolidBase)(type, PyTuple.CopyOf(args));
        }
        else
        {
            obj = CallNew(newMethod, type, args, kwnames);
        }
        if (!obj.Type.IsSubtypeOf(type)) return obj;
        var init = obj.Type.LookupSpecial(SpecialName.Init);
        if (init is not null && !ReferenceEquals(init, s_objectInit) && !InitDoneByExceptionNew(newMethod, init, kwnames))
        {
            var r = args.Length switch
            {
                0 when kwnames is null => SpecialMethods.Call0(obj, init),
                1 when kwnames is null => SpecialMethods.Call1(obj, init, args[0]),
                2 when kwnames is null => SpecialMethods.Call2(obj, init, args[0], args[1]),
                3 when kwnames is null => SpecialMethods.Call3(obj, init, args[0], args[1], args[2]),
                _ => SpecialMethods.Call(obj, init, args, kwnames),
            };
            CheckInitResult(r);
        }
        return obj;
    }

    // BaseException.__new__ set args from the positionals; BaseException.__init__ without keywords
    // would set them again to the same: raise MyError(msg) of a class that defines neither skips it.
    private static bool InitDoneByExceptionNew(PyObject? newMethod, PyObject init, string[]? kwnames) =>
        kwnames is null && ReferenceEquals(newMethod, ExceptionTypes.BaseExceptionNew) && ReferenceEquals(init, ExceptionTypes.BaseExceptionInit);

    private static bool IsObjectInit(PyType type) => ReferenceEquals(type.LookupSpecial(SpecialName.Init), s_objectInit);

    private static PyObject CallNew(PyObject newMethod, PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var f = newMethod is PyStaticMethod sm ? sm.Function : newMethod;
        var all = new PyObject[args.Length + 1];
        all[0] = type;
        args.CopyTo(all.AsSpan(1));
        return f.Call(all, kwnames);
    }

    /// <summary>Makes a bare instance of <paramref name="type"/> in its solid base's C# class.</summary>
    public static PyObject Allocate(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var solid = type.SolidBase;
        if (type.IsAbstract) throw AbstractClassError(type);
        if (ReferenceEquals(solid, PyType.ObjectType)) return new PyInstance(type);
        if (solid.IsSubtypeOf(ExceptionTypes.BaseException)) return ExceptionTypes.FactoryOf(solid)(type, PyTuple.CopyOf(args));
        if (ReferenceEquals(solid, PyType.TypeType)) return ClassBuilder.TypeNew(type, args, kwnames);
        if (solid.GetOwn("__new__") is not null) throw Errors.TypeError($"object.__new__({type.TpName}) is not safe, use {solid.TpName}.__new__()");
        throw Errors.NotImplemented($"subclasses of '{solid.Name}'");
    }

    /// <summary>CPython 3.11's refusal to instantiate a class with abstract methods (names sorted).</summary>
    private static PyException AbstractClassError(PyType type)
    {
        var names = new List<string>();
        if (type.GetOwn("__abstractmethods__") is { } abstracts)
        {
            var it = Operations.Iteration.GetIter(abstracts);
            while (it.Next() is { } name) names.Add(name is PyStr s ? s.Value : name.Str());
        }
        names.Sort(StringComparer.Ordinal);
        var plural = names.Count == 1 ? "" : "s";
        return Errors.TypeError($"Can't instantiate abstract class {type.TpName} with abstract method{plural} {string.Join(", ", names)}");
    }

    private static readonly PyObject s_objectNew = new PyBuiltinFunction("__new__", ObjectNew);
    private static readonly PyObject s_objectInit = new PyBuiltinMethod(PyType.ObjectType, "__init__", ObjectInit);

    /// <summary><c>object.__new__(cls, *args)</c>.</summary>
    private static PyObject ObjectNew(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (args.Length == 0) throw Errors.TypeError("object.__new__(): not enough arguments");
        if (args[0] is not PyType cls) throw Errors.TypeError($"object.__new__(X): X is not a type object ({args[0].Type.TpName})");
        // A builtin solid base's own refusal ("is not safe") comes first, from Allocate.
        if (args.Length > 1 && ReferenceEquals(cls.SolidBase, PyType.ObjectType)) CheckObjectNewArguments(cls);
        return Allocate(cls, args[1..], null);
    }

    // object.__new__ given arguments besides the class: an error unless the class's slot is
    // object's own __new__ and __init__ is overridden (that __init__ takes them).
    private static void CheckObjectNewArguments(PyType type)
    {
        if (!type.NewIsObjectNew) throw Errors.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
        if (IsObjectInit(type)) throw Errors.TypeError($"{type.TpName}() takes no arguments");
    }

    /// <summary><c>object.__init__(self, *args)</c>: extra arguments are an error unless __new__ was overridden.</summary>
    private static PyObject ObjectInit(PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (args.Length > 0)
        {
            var type = self.Type;
            if (!ReferenceEquals(type.Lookup("__init__"), s_objectInit))
            {
                throw Errors.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.NewIsObjectNew)
            {
                throw Errors.TypeError($"{type.TpName}.__init__() takes exactly one argument (the instance to initialize)");
            }
        }
        return PyNone.Instance;
    }

    /// <summary>Puts <c>object.__new__</c> and <c>object.__init__</c> in object's dict.</summary>
    internal static void AddObjectConstruction()
    {
        PyType.ObjectType.SetAttribute("__new__", new PyStaticMethod(s_objectNew));
        PyType.ObjectType.SetAttribute("__init__", s_objectInit);
    }

    // Wrapped in its staticmethod as object's dict holds it, or bare as `__new__ = object.__new__` stores it.
    internal static bool IsObjectNew(PyObject o) => ReferenceEquals(o is PyStaticMethod sm ? sm.Function : o, s_objectNew);
}
