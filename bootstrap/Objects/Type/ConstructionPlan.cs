namespace PyPack.Runtime.Objects;

/// <summary>
/// What calling a plain class does, found once: <c>object.__new__</c> makes a <see cref="PyInstance"/>,
/// then <see cref="Init"/> (a Python function) runs, or nothing when __init__ is object's. For an
/// exception class with its own __init__ and BaseException's __new__, <see cref="ExceptionFactory"/>
/// makes the exception object (args = the call's positionals) before <see cref="Init"/> runs.
/// Valid while the class's and its metaclass's version tags are the ones recorded: any change to
/// __new__, __init__ or __call__ on the class, a base or the metaclass bumps them.
/// </summary>
internal sealed class ConstructionPlan(int version, int metaVersion, bool isPlain, PyFunction? init,
    Func<PyType, PyTuple, Exceptions.PyBaseException>? exceptionFactory = null, PyObject? metaCall = null)
{
    /// <summary>The metaclass's own __call__ (EnumType's), which decides what calling the class does; null under type's.</summary>
    public PyObject? MetaCall { get; } = metaCall;

    /// <summary>False for a class whose call is not the plain one (own __new__, metaclass __call__, builtin base...): the general path then runs, without looking again.</summary>
    public bool IsPlain { get; } = isPlain;

    public int Version { get; } = version;
    public int MetaVersion { get; } = metaVersion;

    /// <summary>The class's __init__, or null when it is object.__init__ (then the call takes no arguments).</summary>
    public PyFunction? Init { get; } = init;

    /// <summary>BaseException.__new__ for the class's solid base, when the class is an exception whose __init__ is <see cref="Init"/>; else null.</summary>
    public Func<PyType, PyTuple, Exceptions.PyBaseException>? ExceptionFactory { get; } = exceptionFactory;

    public bool IsValidFor(PyType type) => Version == type.VersionTag && MetaVersion == type.MetatypeVersionTag;
}
