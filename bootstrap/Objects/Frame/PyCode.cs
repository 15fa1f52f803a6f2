using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A code object as a frame shows it (<c>f_code</c>): the name, file, first line and local names
/// of a compiled function or module body. PyPack compiles code ahead of time, so there is no
/// bytecode behind it (co_code and the like are absent).
/// </summary>
public sealed class PyCode : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private PyCode(CodeInfo info) => Info = info;

    public CodeInfo Info { get; }

    // co_name and co_filename, made once: logging reads co_filename of every frame it walks.
    private PyStr? _name;
    private PyStr? _fileName;

    /// <summary>
    /// The code object of <paramref name="info"/>: one per compiled body (kept on it), so
    /// <c>f.f_code is g.f_code</c> holds when they run the same code.
    /// </summary>
    public static PyCode Of(CodeInfo info) =>
        info.CodeObject ?? Interlocked.CompareExchange(ref info.CodeObject, new PyCode(info), null) ?? info.CodeObject;

    public override PyType Type => TypeObject;

    public override string Repr() => $"<code object {Info.Name} at 0x{Identity.Of(this):x}, file \"{Info.Source.FileName}\", line {Info.FirstLine}>";

    private static PyType MakeType()
    {
        var t = new PyType("code", null);
        Attribute(t, "co_name", static c => c._name ??= new PyStr(c.Info.Name));
        Attribute(t, "co_filename", static c => c._fileName ??= new PyStr(c.Info.Source.FileName));
        Attribute(t, "co_firstlineno", static c => PyInt.From(c.Info.FirstLine));
        Attribute(t, "co_varnames", static c => PyTuple.FromArray(Sequences.Strs(c.Info.VarNames)));
        Attribute(t, "co_freevars", static c => PyTuple.FromArray(Sequences.Strs(c.Info.FreeVars)));
        Attribute(t, "co_cellvars", static c => PyTuple.FromArray(Sequences.Strs(c.Info.CellVars)));
        Attribute(t, "co_nlocals", static c => PyInt.From(c.Info.VarNames.Length));
        Attribute(t, "co_qualname", static c => new PyStr(c.Info.Function?.QualName ?? c.Info.Name));
        Attribute(t, "co_argcount", static c => PyInt.From(c.Info.Function?.ParameterNames.Length ?? 0));
        Attribute(t, "co_posonlyargcount", static c => PyInt.From(c.Info.Function?.PositionalOnly ?? 0));
        Attribute(t, "co_kwonlyargcount", static c => PyInt.From(c.Info.Function?.KeywordOnly.Length ?? 0));
        Attribute(t, "co_flags", static c => PyInt.From(Flags(c.Info)));
        return t;
    }

    // CPython's CO_* bits as inspect reads them: a function body is optimized with new locals; a
    // module body has none of these.
    private const int Optimized = 0x1, NewLocals = 0x2, VarArgs = 0x4, VarKeywords = 0x8, Nested = 0x10,
        Generator = 0x20, Coroutine = 0x80, IterableCoroutine = 0x100, AsyncGenerator = 0x200;

    private static int Flags(CodeInfo info)
    {
        if (info.Function is not { } f) return 0;
        var flags = Optimized | NewLocals;
        if (f.VarArgs is not null) flags |= VarArgs;
        if (f.VarKeywords is not null) flags |= VarKeywords;
        // Defined inside a function (its qualified name goes through "<locals>"), as CPython's symbol table nests it.
        if (f.QualName.Contains("<locals>", StringComparison.Ordinal)) flags |= Nested;
        flags |= info.Kind switch
        {
            CodeKind.Generator => Generator,
            CodeKind.Coroutine => Coroutine,
            CodeKind.AsyncGenerator => AsyncGenerator,
            _ => 0,
        };
        if (info.IterableCoroutine) flags |= IterableCoroutine;
        return flags;
    }
    private static void Attribute(PyType t, string name, Func<PyCode, PyObject> get) =>
        t.SetAttribute(name, new PyGetSetDescriptor(t, name, o => get((PyCode)o)));
}
