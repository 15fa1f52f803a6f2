namespace PyPack.Runtime.Exceptions;

/// <summary>What a traceback needs to know about a compiled function or module body.</summary>
public sealed class CodeInfo
{
    // Every CodeInfo by Id, so the call stack can name its code with an int (no GC write per call).
    private static CodeInfo[] s_all = new CodeInfo[64];
    private static int s_count;
    private static readonly Lock s_lock = new();

    public CodeInfo(string name, SourceInfo source, int firstLine = 1, string[]? varNames = null, CodeKind kind = CodeKind.Plain,
        string[]? freeVars = null, string[]? cellVars = null)
    {
        Kind = kind;
        FreeVars = freeVars ?? [];
        CellVars = cellVars ?? [];
        Name = name;
        Source = source;
        FirstLine = firstLine;
        VarNames = varNames ?? [];
        lock (s_lock)
        {
            Id = ++s_count;
            if (Id >= s_all.Length) Array.Resize(ref s_all, s_all.Length * 2);
            s_all[Id] = this;
        }
    }

    /// <summary>The function's parameters and local variables (co_varnames), for NameError suggestions.</summary>
    public string[] VarNames { get; }

    /// <summary>co_freevars: names the body reads from enclosing functions' cells, sorted.</summary>
    public string[] FreeVars { get; }

    /// <summary>co_cellvars: the body's own names that nested functions share through cells, sorted.</summary>
    public string[] CellVars { get; }

    /// <summary>The name tracebacks print after "in": the function's name, or &lt;module&gt;.</summary>
    public string Name { get; }
    public SourceInfo Source { get; }

    /// <summary>co_firstlineno: the def's (or its first decorator's) line; 1 for a module.</summary>
    public int FirstLine { get; }

    /// <summary>What calling the body makes: a plain call, or a generator, coroutine or async generator.</summary>
    public CodeKind Kind { get; }

    /// <summary>
    /// CO_ITERABLE_COROUTINE: types.coroutine() marked this generator function, so <c>await</c>
    /// accepts its generators as they are.
    /// </summary>
    public bool IterableCoroutine { get; set; }

    /// <summary>
    /// Frames of this code are left out of tracebacks: a Lib function standing in for one CPython
    /// implements in C (asyncio's Future.result, a task's step), which has no frame there.
    /// </summary>
    public bool HiddenFromTracebacks { get; set; }

    /// <summary>
    /// The parameters of the function whose body this is (set when its <see cref="Objects.FunctionInfo"/>
    /// is made); null for a module body. A code object reads co_argcount and the like from it.
    /// </summary>
    public Objects.FunctionInfo? Function { get; internal set; }

    /// <summary>This code's number on the call stack (from 1; 0 marks a level without Python code).</summary>
    public int Id { get; }

    internal static CodeInfo FromId(int id) => Volatile.Read(ref s_all)[id];

    /// <summary>The code object of this code (f_code, __code__), made on first use: one per code, so <c>is</c> holds.</summary>
    internal Objects.PyCode? CodeObject;
}
