using System.Globalization;
using PyPack.Compiler.Semantics;

namespace PyPack.Compiler.Emit;

/// <summary>
/// State while emitting one C# method (a module body or a function): its scope, temporaries
/// and loop labels, and how each Python name is reached from it.
/// </summary>
public sealed class MethodContext(ModuleEmitter module, Scope scope, string codeField)
{
    private readonly List<(string Name, string Type)> _temps = [];
    private readonly Stack<LoopLabels> _loops = new();
    private readonly List<FinallyFrame> _finallies = [];
    private int _labels;

    public ModuleEmitter Module { get; } = module;
    public Scope Scope { get; } = scope;

    /// <summary>The static CodeInfo field that names this method in tracebacks.</summary>
    public string CodeField { get; } = codeField;

    public bool IsModuleLevel => Scope.Kind == ScopeKind.Module;

    /// <summary>Declarations of the temporaries the method's body used, for the top of the method.</summary>
    public IEnumerable<string> TempDeclarations => Declarations(_temps);

    private static IEnumerable<string> Declarations(List<(string Name, string Type)> temps) => temps.Select(t => $"{t.Type} {t.Name} = default!;");

    private readonly Stack<List<(string Name, string Type)>> _localTemps = new();
    private int _tempCount;

    /// <summary>A fresh temporary of C# type <paramref name="type"/>, declared at the top of the method (or of the local function being emitted).</summary>
    public string NewTemp(string type = "PyObject")
    {
        var name = "t" + (_tempCount++).ToString(CultureInfo.InvariantCulture);
        (_localTemps.Count > 0 ? _localTemps.Peek() : _temps).Add((name, type));
        return name;
    }

    /// <summary>
    /// Starts a C# local function with its own temporaries (an async comprehension's body: each run
    /// needs its own, since several may be suspended at once); <see cref="EndLocalTemps"/> returns their declarations.
    /// </summary>
    public void BeginLocalTemps() => _localTemps.Push([]);

    public IEnumerable<string> EndLocalTemps() => Declarations(_localTemps.Pop()).ToList();

    public string NewLabel(string stem) => stem + (_labels++).ToString(CultureInfo.InvariantCulture);

    public void PushLoop(LoopLabels labels) => _loops.Push(labels with { FinallyDepth = _finallies.Count });
    public void PopLoop() => _loops.Pop();
    public LoopLabels? CurrentLoop => _loops.Count > 0 ? _loops.Peek() : null;

    private readonly List<(Scope Scope, string Prefix, string LineVar)> _comprehensions = [];
    private int _comprehensionCount;

    /// <summary>
    /// Enters an inlined comprehension: its own variables become C# locals with a fresh prefix. Its
    /// body keeps its own current line: <c>{prefix}line</c> in a list, set or dict comprehension (a
    /// C# local function), the generator frame's in a generator expression or async comprehension
    /// (a C# iterator), never the enclosing method's (a ref local, which local functions cannot capture).
    /// </summary>
    public string PushComprehension(Scope scope, bool asIterator)
    {
        var prefix = "c" + (_comprehensionCount++).ToString(CultureInfo.InvariantCulture) + "_";
        _comprehensions.Add((scope, prefix, asIterator ? "frame.Line" : prefix + "line"));
        return prefix;
    }

    public void PopComprehension() => _comprehensions.RemoveAt(_comprehensions.Count - 1);

    /// <summary>The C# local holding a comprehension variable that a nested function closes over (one cell per run, as CPython's).</summary>
    public static string ComprehensionCell(string prefix, string name) => prefix + "cell_" + CSharpNames.Mangle(name);

    /// <summary>Whether code is being emitted inside an inlined comprehension.</summary>
    public bool InComprehension => _comprehensions.Count > 0;

    /// <summary>C# local functions (comprehensions, generator expressions) to declare at the end of the method's body.</summary>
    public List<CodeWriter> LocalFunctions { get; } = [];

    /// <summary>Starts collecting the local functions of a nested body: returns those collected so far and empties the list.</summary>
    public List<CodeWriter> TakeLocalFunctions()
    {
        var taken = LocalFunctions.ToList();
        LocalFunctions.Clear();
        return taken;
    }

    /// <summary>Ends a nested body (which has declared its own local functions): the enclosing ones are collected again.</summary>
    public void RestoreLocalFunctions(List<CodeWriter> enclosing)
    {
        LocalFunctions.Clear();
        LocalFunctions.AddRange(enclosing);
    }

    /// <summary>Enters the body of a try whose finally must run before control leaves it.</summary>
    public void PushFinally(FinallyFrame frame) => _finallies.Add(frame);
    public void PopFinally() => _finallies.RemoveAt(_finallies.Count - 1);

    /// <summary>The innermost finally a return leaves through, or null.</summary>
    public FinallyFrame? InnermostFinally => _finallies.Count > 0 ? _finallies[^1] : null;

    /// <summary>The innermost finally a break/continue of the current loop leaves through, or null.</summary>
    public FinallyFrame? FinallyInsideLoop =>
        CurrentLoop is { } loop && _finallies.Count > loop.FinallyDepth ? _finallies[^1] : null;

    /// <summary>
    /// The C# variables holding this method's cells: its own cell variables (locals of type PyCell)
    /// and the free variables it was given (parameters of type PyCell), by Python name.
    /// </summary>
    public Dictionary<string, string> Cells { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// In a class body: cells of the enclosing function that the class's methods close over while
    /// the class binds the same name itself (CPython's DEF_FREE_CLASS). The body's own uses of the
    /// name go to the class namespace; only nested scopes get the cell.
    /// </summary>
    public Dictionary<string, string> PassThroughCells { get; } = new(StringComparer.Ordinal);

    /// <summary>The cell a function or class defined here receives for its free variable <paramref name="name"/>.</summary>
    public bool TryClosureCell(string name, out string cell) =>
        Cells.TryGetValue(name, out cell!) || PassThroughCells.TryGetValue(name, out cell!);

    /// <summary>Whether this method is a generator's body (a C# iterator).</summary>
    public bool IsGenerator { get; set; }

    /// <summary>
    /// How an unboxed local is read: a generator's locals are fields of its state machine, read
    /// field by field (Unboxed.LoadFields); elsewhere whole, so they can stay in registers.
    /// </summary>
    public string UnboxedLoad => IsGenerator ? "LoadFields" : "Load";

    /// <summary>Whether this method is an async def's body: an iterator too, run by a PyCoroutine.</summary>
    public bool IsCoroutine { get; set; }

    /// <summary>Whether this is an async generator's body: a yield produces an item (wrapped), an await suspends.</summary>
    public bool IsAsyncGenerator { get; set; }

    /// <summary>
    /// Whether this method is a body variant (see FunctionEmitter): a raise no handler of the
    /// function takes, with no C# catch in between, returns null with the exception pending.
    /// </summary>
    public bool ReturnsPending { get; init; }

    /// <summary>
    /// Whether this method is a def's numeric entry (see DirectFunction.NumericEntry): it returns an
    /// Unboxed struct, the default one where the exception is pending.
    /// </summary>
    public bool ReturnsUnboxed { get; init; }

    /// <summary>What a method of this kind returns for a pending exception, given the PendingException.Set call.</summary>
    public string PendingResult(string set) => ReturnsUnboxed ? $"Unboxed.Pending({set})" : set;

    /// <summary>The C# variable that holds the current Python line (the frame's field in a generator).</summary>
    public string LineVar => _comprehensions.Count > 0 ? _comprehensions[^1].LineVar : IsGenerator ? "frame.Line" : "line";

    /// <summary>Set for a class body: the C# variable of its namespace.</summary>
    public string? ClassNamespaceVar { get; init; }

    /// <summary>The statement being emitted: calls inside a statement spread over lines report their own line.</summary>
    public Syntax.Ast.Stmt? CurrentStatement { get; set; }

    /// <summary>The C# variable of the dict this function's locals() returns: one per call, as CPython's frame keeps one.</summary>
    public string? FrameLocalsVar { get; set; }

    /// <summary>Reads of locals (a comprehension's too) that can never find them unbound (see DefiniteAssignment): emitted without the check.</summary>
    public HashSet<Syntax.Ast.Name>? SafeReads { get; set; }

    /// <summary>For a method: the C# expression of its first argument (what zero-argument super() binds).</summary>
    public string? FirstArgument { get; set; }

    /// <summary>The function's locals kept unboxed (Semantics.TypeInference), by mangled name.</summary>
    public HashSet<string> UnboxedLocals { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/>, as seen from here, is an unboxed local.</summary>
    public bool IsUnboxed(string name) => UnboxedLocals.Count > 0 && Resolve(name).Storage == NameStorage.Unboxed;

    /// <summary>
    /// Whether <paramref name="n"/> reads the method's own unboxed local where it is always bound: the
    /// local itself is the value, with no Load (each Load was one more struct temporary, and a large
    /// function ran out of the JIT's 512 locals for inlining: nbody's advance called its additions).
    /// A generator's locals are state machine fields, read through LoadFields as before.
    /// </summary>
    public bool IsBoundUnboxed(Syntax.Ast.Name n) =>
        !IsGenerator && SafeReads?.Contains(n) == true && IsUnboxed(n.Id) && Resolve(n.Id).CSharpName == UnboxedName(Scope.Mangle(n.Id));

    /// <summary>How <paramref name="name"/> is stored, from this method.</summary>
    public NameAccess Resolve(string name)
    {
        name = Scope.Mangle(name);
        for (var i = _comprehensions.Count - 1; i >= 0; i--)
        {
            var (compScope, prefix, _) = _comprehensions[i];
            var compKind = compScope.Lookup(name);
            if (compKind == SymbolKind.Local || (compKind == SymbolKind.Cell && OnlyComprehensionsShare(compScope, name)))
            {
                // l_ keeps a variable apart from the comprehension's own temporaries ({prefix}line, {prefix}acc...).
                return new NameAccess(NameStorage.Local, prefix + LocalName(name));
            }
            if (compKind == SymbolKind.Cell) return new NameAccess(NameStorage.Cell, ComprehensionCell(prefix, name));
            if (compKind is SymbolKind.GlobalExplicit or SymbolKind.GlobalImplicit) return new NameAccess(NameStorage.Global, Module.GlobalCell(name));
        }
        if (Cells.TryGetValue(name, out var cell) && (name != "__class__" || Scope.Kind != ScopeKind.Class))
        {
            return new NameAccess(NameStorage.Cell, cell);
        }
        var kind = Scope.Lookup(name);
        if (IsModuleLevel || kind is SymbolKind.GlobalExplicit or SymbolKind.GlobalImplicit)
        {
            return new NameAccess(NameStorage.Global, Module.GlobalCell(name));
        }
        var plainLocal = kind == SymbolKind.Local || (kind == SymbolKind.Cell && OnlyComprehensionsShare(Scope, name));
        if (ClassNamespaceVar is not null && plainLocal) return new NameAccess(NameStorage.ClassNamespace, ClassNamespaceVar);
        if (plainLocal && UnboxedLocals.Contains(name)) return new NameAccess(NameStorage.Unboxed, UnboxedName(name));
        return plainLocal
            ? new NameAccess(NameStorage.Local, LocalName(name))
            : new NameAccess(NameStorage.Closure, name);
    }

    /// <summary>C# that reads <paramref name="name"/>, raising as CPython does when it is unbound.</summary>
    public string LoadCode(string name, Syntax.Ast.Node at)
    {
        name = Scope.Mangle(name);
        var access = Resolve(name);
        var literal = CSharpNames.Literal(name);
        return access.Storage switch
        {
            NameStorage.Global => $"{access.CSharpName}.Get()",
            NameStorage.Local when at is Syntax.Ast.Name n && SafeReads?.Contains(n) == true && (access.CSharpName == LocalName(name) || IsComprehensionVariable(access.CSharpName, name)) => access.CSharpName + "!",
            // A comprehension reads the enclosing function's variables (or an enclosing comprehension's) as free variables.
            NameStorage.Local when InComprehension && access.CSharpName != _comprehensions[^1].Prefix + LocalName(name) => $"({access.CSharpName} ?? throw Errors.UnboundFree({literal}))",
            NameStorage.Local => $"({access.CSharpName} ?? throw Errors.UnboundLocal({literal}))",
            NameStorage.Unboxed => $"{access.CSharpName}.{UnboxedLoad}({literal}).Box()",
            NameStorage.Cell => Scope.Lookup(name) == SymbolKind.Cell ? $"{access.CSharpName}.GetLocal({literal})" : $"{access.CSharpName}.GetFree({literal})",
            NameStorage.ClassNamespace => $"{access.CSharpName}.Load({literal}, {Module.GlobalCell(name)})",
            _ => throw new UnsupportedConstruct(at, $"closure variable '{name}' (a name from an enclosing function)"),
        };
    }

    /// <summary>Whether <paramref name="local"/> is the C# local of an enclosing comprehension's own variable <paramref name="name"/>.</summary>
    private bool IsComprehensionVariable(string local, string name)
    {
        foreach (var (_, prefix, _) in _comprehensions)
        {
            if (local == prefix + LocalName(name)) return true;
        }
        return false;
    }

    /// <summary>A C# statement that binds <paramref name="name"/> to <paramref name="value"/>.</summary>
    public string StoreCode(string name, string value, Syntax.Ast.Node at)
    {
        name = Scope.Mangle(name);
        var access = Resolve(name);
        return access.Storage switch
        {
            NameStorage.Global => $"{access.CSharpName}.Value = {value};",
            NameStorage.Local => $"{access.CSharpName} = {value};",
            NameStorage.Unboxed => $"{access.CSharpName} = Unboxed.Of({value});",
            NameStorage.Cell => $"{access.CSharpName}.Value = {value};",
            NameStorage.ClassNamespace => $"{access.CSharpName}.Store({CSharpNames.Literal(name)}, {value});",
            _ => throw new UnsupportedConstruct(at, $"closure variable '{name}' (a name from an enclosing function)"),
        };
    }

    /// <summary>C# statements for <c>del name</c> (<paramref name="quiet"/>: unbind without checking, as after an except clause).</summary>
    public IEnumerable<string> DeleteCode(string name, bool quiet, Syntax.Ast.Node at)
    {
        name = Scope.Mangle(name);
        var access = Resolve(name);
        var literal = CSharpNames.Literal(name);
        switch (access.Storage)
        {
            case NameStorage.Global:
                yield return quiet ? $"{access.CSharpName}.Value = null;" : $"{access.CSharpName}.Delete();";
                break;
            case NameStorage.Local:
                if (!quiet) yield return $"if ({access.CSharpName} is null) throw Errors.UnboundLocal({literal});";
                yield return $"{access.CSharpName} = null;";
                break;
            case NameStorage.Cell:
                if (!quiet) yield return $"_ = {LoadCode(name, at)};";
                yield return $"{access.CSharpName}.Value = null;";
                break;
            case NameStorage.Unboxed:
                if (!quiet) yield return $"_ = {access.CSharpName}.{UnboxedLoad}({literal});";
                yield return $"{access.CSharpName} = default;";
                break;
            case NameStorage.ClassNamespace:
                yield return quiet ? $"{access.CSharpName}.Remove({literal});" : $"{access.CSharpName}.Delete({literal});";
                break;
            default:
                throw new UnsupportedConstruct(at, $"closure variable '{name}' (a name from an enclosing function)");
        }
    }

    /// <summary>
    /// Whether every scope that shares <paramref name="name"/> with <paramref name="scope"/> is a
    /// comprehension: those are inlined into the method, so the variable stays a plain local.
    /// </summary>
    public static bool OnlyComprehensionsShare(Scope scope, string name)
    {
        foreach (var child in scope.Children)
        {
            if (child.FreeThroughClass.Contains(name)) return false;
            if (child.Lookup(name) is not (SymbolKind.Free or SymbolKind.Cell)) continue;
            if (child.Kind != ScopeKind.Comprehension || !OnlyComprehensionsShare(child, name)) return false;
        }
        return true;
    }

    public static string LocalName(string name) => "l_" + CSharpNames.Mangle(name);

    /// <summary>The C# variable (an Unboxed struct) of an unboxed local.</summary>
    public static string UnboxedName(string name) => "n_" + CSharpNames.Mangle(name);
}

/// <summary>Where a name lives as seen from emitted code, and the C# name that reaches it.</summary>
public readonly record struct NameAccess(NameStorage Storage, string CSharpName);

/// <summary>Unboxed: a local the function keeps as a Runtime.Operations.Unboxed struct (a number, or any object as the fallback).</summary>
public enum NameStorage { Local, Global, Closure, Cell, ClassNamespace, Unboxed }

/// <summary>Where <c>break</c> goes: a C# break, or a goto past the loop's else clause.</summary>
public sealed record LoopLabels(string? BreakLabel, int FinallyDepth = 0);

/// <summary>
/// A try body whose finally runs before return/break/continue leave it: they store why they
/// leave in <see cref="ExitVar"/> (<see cref="Return"/>, <see cref="Break"/>, <see cref="Continue"/>)
/// and jump to <see cref="Label"/>; after the finally body the leave is carried on.
/// </summary>
public sealed class FinallyFrame(string label, string exitVar, string returnVar)
{
    public const int Return = 1, Break = 2, Continue = 3;

    public string Label { get; } = label;
    public string ExitVar { get; } = exitVar;
    public string ReturnVar { get; } = returnVar;
    public HashSet<int> ExitsUsed { get; } = [];
}
