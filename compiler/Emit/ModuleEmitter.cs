using System.Globalization;
using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Emits one Python module as one C# static class: constants and global cells as static fields,
/// <c>Execute(PyModule)</c> for the module body, one static method per function.
/// </summary>
public sealed class ModuleEmitter
{
    private readonly Module _ast;
    private readonly string _fileName;
    private readonly string _source;
    private readonly Dictionary<string, string> _globalCells = new(StringComparer.Ordinal);
    private readonly List<string> _fields = [];
    private readonly List<CodeWriter> _methods = [];
    private readonly HashSet<string> _memberNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keywordNames = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _imports = new(StringComparer.Ordinal);

    public ModuleEmitter(string moduleName, string fileName, string source, Module ast, ScopeTable scopes)
    {
        ModuleName = moduleName;
        _fileName = fileName;
        _source = source;
        _ast = ast;
        Scopes = scopes;
        ClassName = ClassNameFor(moduleName);
        FutureAnnotations = AnnotationsSetup.HasFutureAnnotations(ast);
        MathImports = new MathImports(ast);
        FindDirectFunctions();
    }

    /// <summary>The names this module calls math's float functions by (their calls stay unboxed).</summary>
    public MathImports MathImports { get; }

    private readonly Dictionary<string, DirectFunction> _directByName = new(StringComparer.Ordinal);
    private readonly Dictionary<FunctionDef, DirectFunction> _directByDef = [];
    private readonly Dictionary<string, string> _directCallHelpers = new(StringComparer.Ordinal);
    private readonly List<CodeWriter> _helpers = [];

    /// <summary>
    /// The module-level defs that calls in this module may reach by a direct C# call: one plain
    /// def of the name in the module's top-level statements, with any parameters (a call binds
    /// its keywords, *args tuple and **kwargs dict at build time, see <see cref="DirectArguments"/>).
    /// Their method names are fixed now, since calls to them may be emitted before them.
    /// </summary>
    private void FindDirectFunctions()
    {
        var defs = _ast.Body.OfType<FunctionDef>().GroupBy(f => f.Name, StringComparer.Ordinal);
        foreach (var group in defs)
        {
            if (group.Count() != 1) continue;
            var f = group.First();
            if (FunctionEmitter.FreeVariables(f, Scopes[f]).Count > 0) continue;
            var method = UniqueMemberName("Fn_" + CSharpNames.Mangle(f.Name));
            var field = UniqueMemberName("Def_" + CSharpNames.Mangle(f.Name));
            _fields.Add($"private static PyFunction? {field};");
            var variant = Lowering.GeneratorLowering.IsGenerator(f.Body) ? null : UniqueMemberName(method + "_v");
            var direct = NewDirectFunction(f, method, field, f.Args.Posonlyargs.Concat(f.Args.Args).Select(a => a.ArgValue).ToList(), variant);
            _directByName.Add(f.Name, direct);
            _directByDef.Add(f, direct);
        }
        FindDirectMethods();
        FindNumericEntries();
    }

    private readonly Dictionary<string, List<(ClassDef Class, DirectFunction Method)>> _directMethods = new(StringComparer.Ordinal);

    /// <summary>
    /// The methods of module-level classes that <c>o.name(...)</c> may call directly: plain defs
    /// (no decorator, a first parameter for the receiver, no cell, so the C# method is the whole
    /// function) with a public name. The call's guard is the function the instance's class gives for the
    /// name (Runtime.Operations.Attributes.IsInstanceFunction): being this def's object is all a
    /// direct call needs, whatever the instance's class, so a class that is patched, subclassed or
    /// defined twice just takes the dynamic call.
    /// </summary>
    private void FindDirectMethods()
    {
        foreach (var c in _ast.Body.OfType<ClassDef>())
        {
            foreach (var f in c.Body.OfType<FunctionDef>())
            {
                if (f.DecoratorList.Count > 0) continue;
                var args = f.Args;
                var positional = args.Posonlyargs.Concat(args.Args).Select(a => a.ArgValue).ToList();
                if (positional.Count == 0 || (f.Name.StartsWith("__", StringComparison.Ordinal) && !f.Name.EndsWith("__", StringComparison.Ordinal))) continue;
                if (_directByDef.ContainsKey(f) || FunctionEmitter.FreeVariables(f, Scopes[f]).Count > 0) continue;
                // Parameter names as the body sees them: a private-looking one is mangled, and keywords never match it.
                if (positional.Concat(args.Kwonlyargs.Select(a => a.ArgValue)).Any(p => p.StartsWith("__", StringComparison.Ordinal))) continue;
                var method = UniqueMemberName("Fn_" + CSharpNames.Mangle(f.Name));
                var field = UniqueMemberName("Def_" + CSharpNames.Mangle(f.Name));
                _fields.Add($"private static PyFunction? {field};");
                // A body variant, as a module-level def's: a raise reaches a caller's handler without a throw.
                var variant = Lowering.GeneratorLowering.IsGenerator(f.Body) ? null : UniqueMemberName(method + "_v");
                var direct = NewDirectFunction(f, method, field, positional, variant, isMethod: true);
                _directByDef.Add(f, direct);
                if (!_directMethods.TryGetValue(f.Name, out var list)) _directMethods.Add(f.Name, list = []);
                list.Add((c, direct));
            }
        }
    }

    private static DirectFunction NewDirectFunction(FunctionDef f, string method, string field, List<string> positional, string? variant, bool isMethod = false) =>
        new(f.Name, method, field, f.Args.Posonlyargs.Count, positional, f.Args.Defaults.Count, variant)
        {
            IsMethod = isMethod,
            KeywordOnly = f.Args.Kwonlyargs.Select(a => a.ArgValue).ToList(),
            VarArgs = f.Args.Vararg is not null,
            VarKeywords = f.Args.Kwarg is not null,
        };

    /// <summary>
    /// The method a call <c>o.name(...)</c> most likely runs: the only direct method of that name, or
    /// the one of <paramref name="selfClass"/> (the class whose method the call is in, when
    /// <c>o</c> is its first parameter). Null when there is no good guess.
    /// </summary>
    public DirectFunction? DirectMethodNamed(string name, ClassDef? selfClass)
    {
        if (!_directMethods.TryGetValue(name, out var list)) return null;
        if (list.Count == 1) return list[0].Method;
        return selfClass is null ? null : list.FirstOrDefault(m => ReferenceEquals(m.Class, selfClass)).Method;
    }

    // Past this many defs of one name a site is better served by the general call than by a chain of compares.
    private const int MaxPolymorphicDefs = 8;

    /// <summary>
    /// The direct methods a call <c>o.name(...)</c> may run when <see cref="DirectMethodNamed"/> has
    /// no single guess: every def of that name in this module's classes (from two up to a few), in
    /// source order. Null otherwise.
    /// </summary>
    public IReadOnlyList<DirectFunction>? DirectMethodsNamed(string name)
    {
        if (!_directMethods.TryGetValue(name, out var list) || list.Count < 2 || list.Count > MaxPolymorphicDefs) return null;
        return list.Select(m => m.Method).ToList();
    }

    /// <summary>
    /// The direct defs that return numbers get a numeric entry. Which ones is a fixed point: start
    /// from all of them (a call of one counts as a number) and drop each whose returns are not
    /// numbers until none is left, so recursive and mutually calling defs qualify together. Only
    /// speed depends on it: an Unboxed struct carries any other object too. Direct methods take
    /// part too (not generators, which have no body variant, the shape a numeric entry is written in).
    /// </summary>
    private void FindNumericEntries()
    {
        // The numeric entry takes the positional parameters only.
        var candidates = _directByDef.Where(p => p.Value.Variant is not null && p.Value.IsSimple).ToList();
        // By reference: a record's equality covers the properties set below, which would move it in the set.
        var numeric = new HashSet<DirectFunction>(candidates.Select(p => p.Value), ReferenceEqualityComparer.Instance);
        bool changed;
        do
        {
            changed = false;
            foreach (var (f, fn) in candidates)
            {
                if (!numeric.Contains(fn)) continue;
                var scope = Scopes[f];
                bool IsNumericCall(Call c) => NumericCallTarget(c, scope, numeric.Contains) is not null || MathImports.FunctionCalled(c, scope) is not null || Semantics.NumberBuiltins.FunctionCalled(c, scope) is not null;
                var locals = Semantics.TypeInference.NumericLocals(scope, f.Body, fn.Parameters, IsNumericCall, returnsNumber: true);
                if (Semantics.TypeInference.ReturnsNumber(f.Body, e => Semantics.TypeInference.IsNumeric(e, n => locals.Contains(scope.Mangle(n)), IsNumericCall))) continue;
                numeric.Remove(fn);
                changed = true;
            }
        }
        while (changed);
        foreach (var (f, fn) in candidates)
        {
            if (!numeric.Contains(fn)) continue;
            var scope = Scopes[f];
            fn.UnboxedLocals = Semantics.TypeInference.NumericLocals(scope, f.Body, fn.Parameters, c => NumericCallTarget(c, scope, numeric.Contains) is not null || MathImports.FunctionCalled(c, scope) is not null || Semantics.NumberBuiltins.FunctionCalled(c, scope) is not null, returnsNumber: true);
            fn.NumericEntry = UniqueMemberName(fn.Method + "_u");
        }
    }

    /// <summary>
    /// The direct def a call in <paramref name="scope"/> reaches through its numeric entry: a call of a
    /// global name, or <c>o.name(...)</c> of a direct method (see <see cref="DirectMethodNamed"/>), by
    /// position only, with each parameter without a default given.
    /// </summary>
    public DirectFunction? NumericCallTarget(Call c, Semantics.Scope scope, Func<DirectFunction, bool> hasNumericEntry)
    {
        if (c.Keywords.Count > 0 || c.Args.Any(a => a is Starred)) return null;
        DirectFunction? fn;
        var given = c.Args.Count;
        if (c.Func is Syntax.Ast.Attribute { Ctx: ExprContext.Load } m)
        {
            // super().name(...) finds the def after the method's class: no def's entry is known to be it
            // (ExpressionEmitter's IsSuperMethodCall calls what the MRO gives without the super object).
            if (m.Value is Call { Func: Name { Id: "super" } }) return null;
            if (scope.Mangle(m.Attr) != m.Attr || DirectMethodNamed(m.Attr, SelfClass(m, scope)) is not { } method) return null;
            fn = method;
            given++; // the receiver
        }
        else
        {
            if (c.Func is not Name n) return null;
            if (scope.Kind == Semantics.ScopeKind.Class || scope.Lookup(n.Id) is not (Semantics.SymbolKind.GlobalImplicit or Semantics.SymbolKind.GlobalExplicit)) return null;
            if (!_directByName.TryGetValue(n.Id, out fn)) return null;
        }
        if (!hasNumericEntry(fn)) return null;
        return given <= fn.Parameters.Count && given >= fn.Parameters.Count - fn.DefaultCount ? fn : null;
    }

    /// <summary>
    /// The class whose method <paramref name="scope"/> is, when the call's receiver is that method's
    /// first parameter (<c>self.name(...)</c>); else null.
    /// </summary>
    public static ClassDef? SelfClass(Syntax.Ast.Attribute method, Semantics.Scope scope) =>
        method.Value is Name receiver && scope is { Node: FunctionDef fd, Parent.Node: ClassDef cd }
            && fd.Args.Posonlyargs.Concat(fd.Args.Args).FirstOrDefault()?.ArgValue == receiver.Id ? cd : null;

    /// <summary>The direct def a call reaches through its numeric entry, once the entries are known.</summary>
    public DirectFunction? NumericCallTarget(Call c, Semantics.Scope scope) =>
        NumericCallTarget(c, scope, fn => fn.NumericEntry is not null);

    /// <summary>The direct-call record of a module-level def, when it has one.</summary>
    public DirectFunction? DirectFunctionFor(Node def) => def is FunctionDef f ? _directByDef.GetValueOrDefault(f) : null;

    /// <summary>The direct-call record of the module-level def that binds global <paramref name="name"/>, when it has one.</summary>
    public DirectFunction? DirectFunctionNamed(string name) => _directByName.GetValueOrDefault(name);

    /// <summary>
    /// A helper that calls <paramref name="fn"/> given the callee as loaded from its global and the
    /// arguments in source order (<paramref name="positional"/>, then <paramref name="keywords"/>):
    /// when the callee is still the function the def made, a C# static call with the parameters
    /// filled in (missing ones from the function's current __defaults__); otherwise, or when the
    /// defaults no longer cover them, the ordinary dynamic call. Null when the call's shape can
    /// never match the parameters (the dynamic call then says why). With <paramref name="variant"/>,
    /// the direct call is to the body variant: null means the exception is pending.
    /// </summary>
    public string? DirectCallHelper(DirectFunction fn, int positional, IReadOnlyList<string> keywords, bool variant = false)
    {
        var method = variant ? fn.Variant! : fn.Method;
        var key = method + "/" + positional.ToString(CultureInfo.InvariantCulture) + "/" + string.Join(",", keywords);
        if (_directCallHelpers.TryGetValue(key, out var helper)) return helper;
        if (DirectArguments(fn, positional, keywords, i => $"a{i}", out var guard) is not { } bound) return null;
        helper = UniqueMemberName("Call_" + method);
        _directCallHelpers.Add(key, helper);

        var count = positional + keywords.Count;
        var parameters = string.Join("", Enumerable.Range(0, count).Select(i => $", PyObject a{i}"));
        var direct = $"{method}({bound})";
        var args = Enumerable.Range(0, count).Select(i => $"a{i}").ToList();
        var dynamic = (positional, keywords.Count) switch
        {
            (0, 0) => "callee.Call0()",
            (1, 0) => "callee.Call1(a0)",
            (2, 0) => "callee.Call2(a0, a1)",
            (3, 0) => "callee.Call3(a0, a1, a2)",
            _ => $"callee.Call({(count == 0 ? "System.ReadOnlySpan<PyObject>.Empty" : "[" + string.Join(", ", args) + "]")}, {(keywords.Count == 0 ? "null" : KeywordNames(keywords))})",
        };
        AddGuardedHelper($"PyObject{(variant ? "?" : "")} {helper}(PyObject callee{parameters})",
            $"ReferenceEquals(callee, {fn.Field})" + guard, direct, dynamic);
        return helper;
    }

    /// <summary>
    /// The arguments of <paramref name="fn"/>'s C# method for a call with <paramref name="positional"/>
    /// positionals and then <paramref name="keywords"/> (call argument i is <paramref name="arg"/>(i)),
    /// bound at build time as CPython binds them at run time: positionals, then keywords by name,
    /// the extra positionals in the *args tuple, the unmatched keywords in the **kwargs dict (in
    /// call order), defaults for the rest. <paramref name="guard"/> is what the direct call also
    /// needs at run time: the function's current __defaults__ and __kwdefaults__ covering the
    /// parameters left to them. Null when the call's shape can never bind (the dynamic call then
    /// raises CPython's error).
    /// </summary>
    private string? DirectArguments(DirectFunction fn, int positional, IReadOnlyList<string> keywords, Func<int, string> arg, out string guard)
    {
        guard = "";
        var n = fn.Parameters.Count;
        if (positional > n && !fn.VarArgs) return null;
        var slots = new int[n];
        System.Array.Fill(slots, -1);
        for (var i = 0; i < Math.Min(positional, n); i++) slots[i] = i;
        var kwSlots = new int[fn.KeywordOnly.Count];
        System.Array.Fill(kwSlots, -1);
        var extra = new List<int>();
        for (var k = 0; k < keywords.Count; k++)
        {
            var index = IndexOf(fn.Parameters, keywords[k]);
            if (index >= fn.PositionalOnly)
            {
                if (slots[index] >= 0) return null;
                slots[index] = positional + k;
            }
            else if (IndexOf(fn.KeywordOnly, keywords[k]) is var ko && ko >= 0) kwSlots[ko] = positional + k;
            // A positional-only parameter's name too goes to **kwargs when there is one.
            else if (fn.VarKeywords) extra.Add(k);
            else return null;
        }
        var needed = 0;
        for (var i = 0; i < n; i++)
        {
            if (slots[i] >= 0) continue;
            if (i < n - fn.DefaultCount) return null;
            needed = Math.Max(needed, n - i);
        }
        guard = DefaultsCover(fn, needed);
        var values = Enumerable.Range(0, n).Select(i => slots[i] >= 0 ? arg(slots[i]) : $"d[^{n - i}]").ToList();
        if (fn.VarArgs)
        {
            values.Add(positional > n
                ? $"PyTuple.Of({string.Join(", ", Enumerable.Range(n, positional - n).Select(arg))})"
                : "PyTuple.Empty");
        }
        for (var i = 0; i < kwSlots.Length; i++)
        {
            if (kwSlots[i] >= 0)
            {
                values.Add(arg(kwSlots[i]));
                continue;
            }
            var kd = "kd" + i.ToString(CultureInfo.InvariantCulture);
            guard += $" && {fn.Field}!.KeywordOnlyDefault({i.ToString(CultureInfo.InvariantCulture)}) is {{ }} {kd}";
            values.Add(kd);
        }
        if (fn.VarKeywords)
        {
            values.Add(extra.Count == 0 ? "new PyDict()"
                : $"new PyDict({extra.Count.ToString(CultureInfo.InvariantCulture)})" + string.Concat(extra.Select(k => $".With({Constants.Get(keywords[k])}, {arg(positional + k)})")));
        }
        return string.Join(", ", values);
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name) return i;
        }
        return -1;
    }

    // The part of a direct-call guard that binds d to the function's current __defaults__ when
    // the call leaves `needed` parameters to them.
    private static string DefaultsCover(DirectFunction fn, int needed) =>
        needed == 0 ? "" : $" && {fn.Field}!.Defaults is {{ Length: >= {needed} }} d";

    /// <summary>An inlined helper: <paramref name="direct"/> while <paramref name="guard"/> holds, else <paramref name="dynamic"/>.</summary>
    private void AddGuardedHelper(string signature, string guard, string direct, string dynamic)
    {
        var w = new CodeWriter();
        w.Line("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        w.Line($"private static {signature} =>");
        w.Line($"    {guard} ? {direct} : {dynamic};");
        _helpers.Add(w);
    }

    /// <summary>
    /// A helper for <c>o.name(args)</c> that calls method <paramref name="fn"/>'s C# method with
    /// <c>o</c> first while the function <c>o</c>'s class gives for the name is that def's object
    /// (and its defaults cover the missing parameters), else the ordinary method call. Null when
    /// the call's shape can never match the parameters. With <paramref name="variant"/>, the direct
    /// call is to the body variant: null means the exception is pending.
    /// </summary>
    public string? DirectMethodCallHelper(DirectFunction fn, int positional, IReadOnlyList<string> keywords, bool variant = false, string? builtinEntry = null)
    {
        var method = variant ? fn.Variant! : fn.Method;
        var key = "method:" + method + "/" + positional.ToString(CultureInfo.InvariantCulture) + "/" + string.Join(",", keywords) + "/" + builtinEntry;
        if (_directCallHelpers.TryGetValue(key, out var helper)) return helper;
        // The receiver fills the first parameter: argument 0 is o, call argument i is a{i - 1}.
        if (DirectArguments(fn, positional + 1, keywords, i => i == 0 ? "o" : $"a{i - 1}", out var guard) is not { } bound) return null;
        helper = UniqueMemberName("CallMethod_" + method);
        _directCallHelpers.Add(key, helper);

        var count = positional + keywords.Count;
        var args = Enumerable.Range(0, count).Select(i => $"a{i}").ToList();
        var parameters = string.Join("", args.Select(a => $", PyObject {a}"));
        var direct = $"{method}({bound})";
        var dynamic = OrdinaryMethodCall(positional, keywords, builtinEntry);
        AddGuardedHelper($"PyObject{(variant ? "?" : "")} {helper}(PyObject o, AttributeSite site{parameters})",
            $"Attributes.IsInstanceFunction(o, site, {fn.Field})" + guard, direct, dynamic);
        return helper;
    }

    /// <summary>
    /// The call a method-call helper makes when o's class does not give the def it knows: the
    /// ordinary method call, or with <paramref name="builtinEntry"/> (a name list, set or dict also
    /// has, as <c>add</c> in a module whose class defines add) the Runtime.Operations.BuiltinMethodCalls
    /// entry, which runs the builtin's method in place on an exact list, set or dict and makes the
    /// ordinary call on anything else.
    /// </summary>
    private string OrdinaryMethodCall(int positional, IReadOnlyList<string> keywords, string? builtinEntry)
    {
        var count = positional + keywords.Count;
        var args = Enumerable.Range(0, count).Select(i => $"a{i}").ToList();
        if (builtinEntry is not null && keywords.Count == 0) return $"BuiltinMethodCalls.{builtinEntry}({string.Join(", ", ["o", "site", .. args])})";
        return (positional, keywords.Count) switch
        {
            (0, 0) => "Attributes.CallMethod0(o, site)",
            (1, 0) => "Attributes.CallMethod1(o, site, a0)",
            (2, 0) => "Attributes.CallMethod2(o, site, a0, a1)",
            _ => $"Attributes.CallMethod(o, site, {(count == 0 ? "System.ReadOnlySpan<PyObject>.Empty" : "[" + string.Join(", ", args) + "]")}, {(keywords.Count == 0 ? "null" : KeywordNames(keywords))})",
        };
    }

    /// <summary>
    /// The direct <c>__init__</c> of the module-level class <paramref name="name"/> (the only class
    /// statement of that name at the top of the module, its last def of __init__), or null.
    /// </summary>
    public DirectFunction? DirectInitOfClass(string name)
    {
        ClassDef? found = null;
        foreach (var c in _ast.Body.OfType<ClassDef>())
        {
            if (c.Name != name) continue;
            if (found is not null) return null;
            found = c;
        }
        var init = found?.Body.OfType<FunctionDef>().LastOrDefault(f => f.Name == "__init__");
        return init is not null && _directByDef.TryGetValue(init, out var fn) && fn.IsMethod ? fn : null;
    }

    /// <summary>
    /// A helper for <c>C(args)</c> where global <c>C</c> names a module-level class whose
    /// <c>__init__</c> is the direct method <paramref name="init"/>: while the callee is a class whose
    /// call is the plain one (object's __new__, type's __call__) with that very function as
    /// __init__ (Runtime.Objects.TypeCalls.PlainClassWithInit, checked against the class's and
    /// metaclass's versions), a new instance and a C# call of the __init__ with the arguments bound
    /// at build time; otherwise the ordinary call. Null when the call's shape can never match.
    /// </summary>
    public string? ConstructorCallHelper(DirectFunction init, int positional, IReadOnlyList<string> keywords)
    {
        var key = "new:" + init.Method + "/" + positional.ToString(CultureInfo.InvariantCulture) + "/" + string.Join(",", keywords);
        if (_directCallHelpers.TryGetValue(key, out var helper)) return helper;
        // The new instance fills __init__'s first parameter: argument 0 is o, call argument i is a{i - 1}.
        if (DirectArguments(init, positional + 1, keywords, i => i == 0 ? "o" : $"a{i - 1}", out var guard) is not { } bound) return null;
        helper = UniqueMemberName("New_" + init.Method);
        _directCallHelpers.Add(key, helper);

        var count = positional + keywords.Count;
        var args = Enumerable.Range(0, count).Select(i => $"a{i}").ToList();
        var parameters = string.Join("", args.Select(a => $", PyObject {a}"));
        var dynamic = (positional, keywords.Count) switch
        {
            (0, 0) => "callee.Call0()",
            (1, 0) => "callee.Call1(a0)",
            (2, 0) => "callee.Call2(a0, a1)",
            (3, 0) => "callee.Call3(a0, a1, a2)",
            _ => $"callee.Call({(count == 0 ? "System.ReadOnlySpan<PyObject>.Empty" : "[" + string.Join(", ", args) + "]")}, {(keywords.Count == 0 ? "null" : KeywordNames(keywords))})",
        };
        var w = new CodeWriter();
        w.Open($"private static PyObject {helper}(PyObject callee{parameters})");
        w.Open($"if (TypeCalls.PlainClassWithInit(callee, {init.Field}) is {{ }} cls{guard})");
        w.Line("var o = new PyInstance(cls);");
        w.Line($"return TypeCalls.Initialized(o, {init.Method}({bound}));");
        w.Close();
        w.Line($"return {dynamic};");
        w.Close();
        _helpers.Add(w);
        return helper;
    }

    /// <summary>
    /// A helper for <c>o.name(args)</c> where several defs of this module have that name
    /// (<c>node.eval(env)</c> over node classes): the function o's class gives for the name (see
    /// Runtime.Operations.Attributes.InstanceFunctionOf) is compared with each def's object, and the
    /// one it is runs as C# method with o first (when its defaults cover the call); anything else
    /// takes the ordinary method call. Null when the call's shape matches none of the defs. With
    /// <paramref name="variant"/>, body variants are called (null: the exception is pending).
    /// </summary>
    public string? PolymorphicMethodCallHelper(IReadOnlyList<DirectFunction> fns, int positional, IReadOnlyList<string> keywords, bool variant = false, string? builtinEntry = null)
    {
        var key = "methods:" + string.Join(",", fns.Select(f => f.Method)) + "/" + positional.ToString(CultureInfo.InvariantCulture) + "/" + string.Join(",", keywords) + (variant ? "/v" : "") + "/" + builtinEntry;
        if (_directCallHelpers.TryGetValue(key, out var helper)) return helper;
        var branches = new List<(DirectFunction Fn, string Guard, string Call)>();
        foreach (var fn in fns)
        {
            if (DirectArguments(fn, positional + 1, keywords, i => i == 0 ? "o" : $"a{i - 1}", out var guard) is not { } bound) continue;
            // A generator method has no body variant: its entry never leaves an exception pending.
            branches.Add((fn, guard, $"{(variant ? fn.Variant ?? fn.Method : fn.Method)}({bound})"));
        }
        if (branches.Count == 0) return null;
        helper = UniqueMemberName("CallMethods_" + CSharpNames.Mangle(fns[0].Name));
        _directCallHelpers.Add(key, helper);

        var count = positional + keywords.Count;
        var args = Enumerable.Range(0, count).Select(i => $"a{i}").ToList();
        var parameters = string.Join("", args.Select(a => $", PyObject {a}"));
        var dynamic = OrdinaryMethodCall(positional, keywords, builtinEntry);
        var w = new CodeWriter();
        w.Open($"private static PyObject{(variant ? "?" : "")} {helper}(PyObject o, AttributeSite site{parameters})");
        w.Open("if (Attributes.InstanceFunctionOf(o, site) is { } f)");
        foreach (var (fn, guard, call) in branches)
        {
            // A block each: the guards' pattern variables (d, kd0...) would clash in one scope.
            w.Line($"{{ if (ReferenceEquals(f, {fn.Field}){guard}) return {call}; }}");
        }
        w.Close();
        w.Line($"return {dynamic};");
        w.Close();
        _helpers.Add(w);
        return helper;
    }

    /// <summary>
    /// A helper that calls <paramref name="fn"/>'s numeric entry with <paramref name="positional"/>
    /// arguments (Unboxed where the entry takes a number) while the callee is still the function the
    /// def made and its defaults cover the rest; otherwise the ordinary dynamic call, its result
    /// unboxed. With <paramref name="variant"/> the result is pending (Unboxed.IsPending) where the
    /// entry raised; without, the helper throws it.
    /// </summary>
    public string NumericCallHelper(DirectFunction fn, int positional, bool variant)
    {
        var n = fn.Parameters.Count;
        var key = fn.NumericEntry + "/" + positional.ToString(CultureInfo.InvariantCulture) + (variant ? "/v" : "");
        if (_directCallHelpers.TryGetValue(key, out var helper)) return helper;
        helper = UniqueMemberName("Call_" + fn.NumericEntry);
        _directCallHelpers.Add(key, helper);

        var parameters = string.Join("", Enumerable.Range(0, positional).Select(i => fn.UnboxedParameter(i) ? $", Unboxed a{i}" : $", PyObject a{i}"));
        var direct = $"{fn.NumericEntry}({string.Join(", ", Enumerable.Range(0, n).Select(i => i < positional ? $"a{i}" : fn.UnboxedParameter(i) ? $"Unboxed.Of(d[^{n - i}])" : $"d[^{n - i}]"))})";
        if (!variant) direct += ".OrThrow()";
        var args = Enumerable.Range(0, positional).Select(i => fn.UnboxedParameter(i) ? $"a{i}.Box()" : $"a{i}").ToList();
        var dynamic = positional switch
        {
            0 => "callee.Call0()",
            1 => $"callee.Call1({args[0]})",
            2 => $"callee.Call2({args[0]}, {args[1]})",
            3 => $"callee.Call3({args[0]}, {args[1]}, {args[2]})",
            _ => $"callee.Call([{string.Join(", ", args)}], null)",
        };
        var needed = n - positional;
        var guard = needed == 0
            ? $"ReferenceEquals(callee, {fn.Field})"
            : $"ReferenceEquals(callee, {fn.Field}) && {fn.Field}!.Defaults is {{ Length: >= {needed} }} d";
        var w = new CodeWriter();
        w.Line("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        w.Line($"private static Unboxed {helper}(PyObject callee{parameters}) =>");
        w.Line($"    {guard} ? {direct} : Unboxed.Of({dynamic});");
        _helpers.Add(w);
        return helper;
    }

    /// <summary>
    /// A helper for <c>o.name(args)</c> that calls method <paramref name="fn"/>'s numeric entry with
    /// <c>o</c> first and <paramref name="positional"/> arguments (Unboxed where the entry takes a
    /// number) while the function o's class gives for the name is that def's object (see
    /// <see cref="DirectMethodCallHelper"/>) and its defaults cover the rest; otherwise the ordinary
    /// method call, its result unboxed. With <paramref name="variant"/> the result is pending
    /// (Unboxed.IsPending) where the entry raised; without, the helper throws it.
    /// </summary>
    public string NumericMethodCallHelper(DirectFunction fn, int positional, bool variant = false)
    {
        var n = fn.Parameters.Count;
        var key = "method:" + fn.NumericEntry + "/" + positional.ToString(CultureInfo.InvariantCulture) + (variant ? "/v" : "");
        if (_directCallHelpers.TryGetValue(key, out var helper)) return helper;
        helper = UniqueMemberName("CallMethod_" + fn.NumericEntry);
        _directCallHelpers.Add(key, helper);

        // Parameter 0 is the receiver, call argument i fills parameter i + 1.
        var parameters = string.Join("", Enumerable.Range(0, positional).Select(i => fn.UnboxedParameter(i + 1) ? $", Unboxed a{i}" : $", PyObject a{i}"));
        var receiver = fn.UnboxedParameter(0) ? "Unboxed.Of(o)" : "o";
        var direct = $"{fn.NumericEntry}({string.Join(", ", Enumerable.Range(0, n).Select(i => i == 0 ? receiver : i <= positional ? $"a{i - 1}" : fn.UnboxedParameter(i) ? $"Unboxed.Of(d[^{n - i}])" : $"d[^{n - i}]"))})" + (variant ? "" : ".OrThrow()");
        var args = Enumerable.Range(0, positional).Select(i => fn.UnboxedParameter(i + 1) ? $"a{i}.Box()" : $"a{i}").ToList();
        var dynamic = positional switch
        {
            0 => "Attributes.CallMethod0(o, site)",
            1 => $"Attributes.CallMethod1(o, site, {args[0]})",
            2 => $"Attributes.CallMethod2(o, site, {args[0]}, {args[1]})",
            _ => $"Attributes.CallMethod(o, site, [{string.Join(", ", args)}], null)",
        };
        AddGuardedHelper($"Unboxed {helper}(PyObject o, AttributeSite site{parameters})",
            $"Attributes.IsInstanceFunction(o, site, {fn.Field})" + DefaultsCover(fn, n - 1 - positional), direct, $"Unboxed.Of({dynamic})");
        return helper;
    }

    /// <summary>Whether the module has <c>from __future__ import annotations</c>: annotations stay text.</summary>
    public bool FutureAnnotations { get; }

    public string ModuleName { get; }
    public string ClassName { get; }
    public ScopeTable Scopes { get; }
    public ConstantPool Constants { get; } = new();

    /// <summary>Modules this one imports, as far as the emitter saw.</summary>
    public IReadOnlyCollection<string> Imports => _imports;

    public static string ClassNameFor(string moduleName) => "Module_" + CSharpNames.Mangle(moduleName.Replace(".", "__", StringComparison.Ordinal));

    public string GlobalCell(string name)
    {
        if (!_globalCells.TryGetValue(name, out var field))
        {
            field = UniqueMemberName("G_" + CSharpNames.Mangle(name));
            _globalCells.Add(name, field);
        }
        return field;
    }

    public string UniqueMemberName(string stem)
    {
        var name = stem;
        for (var i = 2; !_memberNames.Add(name); i++) name = stem + "_" + i.ToString(CultureInfo.InvariantCulture);
        return name;
    }

    public string CodeInfo(string pythonName, string owner, int firstLine, IReadOnlyList<string>? varNames = null, string? kind = null,
        IReadOnlyList<string>? freeVars = null, IReadOnlyList<string>? cellVars = null)
    {
        var field = UniqueMemberName("Code_" + owner);
        var names = varNames is { Count: > 0 } ? ", " + StringArray(varNames) : "";
        // The kind (generator, coroutine...) only where types.coroutine() and the like need it.
        var kindArgument = kind is null ? "" : $", kind: CodeKind.{kind}";
        var free = freeVars is { Count: > 0 } ? ", freeVars: " + StringArray(freeVars) : "";
        var cells = cellVars is { Count: > 0 } ? ", cellVars: " + StringArray(cellVars) : "";
        _fields.Add($"private static readonly CodeInfo {field} = new({CSharpNames.Literal(pythonName)}, Source, {firstLine.ToString(CultureInfo.InvariantCulture)}{names}{kindArgument}{free}{cells});");
        return field;
    }

    private static string StringArray(IEnumerable<string> items) => "new string[] { " + string.Join(", ", items.Select(CSharpNames.Literal)) + " }";

    public string FunctionInfo(string name, string qualName, IReadOnlyList<string> parameters, string codeField, string owner,
        int positionalOnly = 0, IReadOnlyList<string>? keywordOnly = null, string? varArgs = null, string? varKeywords = null)
    {
        var field = UniqueMemberName("Info_" + owner);
        var names = string.Join(", ", parameters.Select(CSharpNames.Literal));
        var extra = positionalOnly == 0 && keywordOnly is not { Count: > 0 } && varArgs is null && varKeywords is null
            ? ""
            : $", {positionalOnly}, new string[] {{ {string.Join(", ", (keywordOnly ?? []).Select(CSharpNames.Literal))} }}, "
              + $"{(varArgs is null ? "null" : CSharpNames.Literal(varArgs))}, {(varKeywords is null ? "null" : CSharpNames.Literal(varKeywords))}";
        _fields.Add($"private static readonly FunctionInfo {field} = new({CSharpNames.Literal(name)}, {CSharpNames.Literal(qualName)}, new string[] {{ {names} }}, {codeField}{extra});");
        return field;
    }

    /// <summary>A shared static array of keyword names for calls that pass keywords.</summary>
    public string KeywordNames(IReadOnlyList<string> names)
    {
        var key = string.Join("\0", names);
        if (!_keywordNames.TryGetValue(key, out var field))
        {
            field = UniqueMemberName("KW" + _keywordNames.Count.ToString(CultureInfo.InvariantCulture));
            _keywordNames.Add(key, field);
            _fields.Add($"private static readonly string[] {field} = new string[] {{ {string.Join(", ", names.Select(CSharpNames.Literal))} }};");
        }
        return field;
    }

    /// <summary>
    /// A new static attribute site for one <c>o.name</c> of the source: each site caches what the
    /// attribute protocol found for the type it last saw (see the runtime's AttributeSite).
    /// </summary>
    public string AttributeSite(string name)
    {
        var field = UniqueMemberName("A" + _attributeSites.ToString(CultureInfo.InvariantCulture));
        _attributeSites++;
        _fields.Add($"private static readonly AttributeSite {field} = new({CSharpNames.Literal(name)});");
        return field;
    }

    private int _attributeSites;

    /// <summary>A static field holding a constant format spec, parsed once when the module loads (one per distinct text).</summary>
    public string FormatSpecConstant(string text)
    {
        if (!_formatSpecs.TryGetValue(text, out var field))
        {
            field = UniqueMemberName("FS" + _formatSpecs.Count.ToString(CultureInfo.InvariantCulture));
            _formatSpecs.Add(text, field);
            _fields.Add($"private static readonly PyPack.Runtime.Formatting.ConstantFormatSpec {field} = new({CSharpNames.Literal(text)});");
        }
        return field;
    }

    private readonly Dictionary<string, string> _formatSpecs = new(StringComparer.Ordinal);

    public void NoteImport(string moduleName) => _imports.Add(moduleName);

    private bool _usesSelf;

    /// <summary>The C# expression for this module's PyModule, usable from any method of the class.</summary>
    public string SelfReference()
    {
        _usesSelf = true;
        return "Self";
    }

    public void AddMethod(CodeWriter method) => _methods.Add(method);

    private readonly List<int> _positions = [];
    private readonly Dictionary<(int, int, int, int, int, int), int> _positionIds = [];

    /// <summary>
    /// The id compiled code stores as its current place to say it is at this position (a line
    /// number stays a line number): below zero, so the runtime tells the two apart. Six ints per
    /// position in the module's table (Runtime.Exceptions.SourcePosition): lines, byte columns, and
    /// for a binary operation the left operand's end and the right's start (a &gt;= 0), for a
    /// subscript the value's end and the slice's end (a = -2 - value's end), else a = -1.
    /// </summary>
    public int PositionId(int line, int endLine, int col, int endCol, int a = -1, int b = 0)
    {
        var key = (line, endLine, col, endCol, a, b);
        if (_positionIds.TryGetValue(key, out var id)) return id;
        id = ~(_positions.Count / 6);
        _positions.AddRange([line, endLine, col, endCol, a, b]);
        _positionIds.Add(key, id);
        return id;
    }

    public string Emit()
    {
        _memberNames.Add("Source");
        _memberNames.Add("Execute");
        _memberNames.Add("Self");
        var moduleCode = CodeInfo("<module>", "module", 1);
        // Module names are globals: only its comprehensions' variables are locals.
        var context = new MethodContext(this, Scopes.Module, moduleCode) { SafeReads = DefiniteAssignment.SafeReads([], _ast.Body) };
        var body = new CodeWriter();
        // A module's docstring is its __doc__, stored before the rest of the body runs.
        if (_ast.Body is [ExprStmt { Value: Constant { Value: string doc } } first, ..])
        {
            body.Line($"line = {first.Line};");
            body.Line($"module.Globals.Set(\"__doc__\", {Constants.Get(doc)});");
        }
        var moduleStatements = new StatementEmitter(context, body);
        if (AnnotationsSetup.IsNeeded(_ast.Body)) moduleStatements.EmitAnnotationsSetup();
        moduleStatements.EmitBody(_ast.Body);

        var w = new CodeWriter();
        w.Line($"// <auto-generated/> PyPack: module '{ModuleName}' from {_fileName}. Do not edit; regenerated on every build.");
        w.Line("#pragma warning disable");
        w.Line("#nullable enable");
        w.Line("using PyPack.Runtime;");
        w.Line("using PyPack.Runtime.Exceptions;");
        w.Line("using PyPack.Runtime.Hosting;");
        w.Line("using PyPack.Runtime.Objects;");
        w.Line("using PyPack.Runtime.Operations;");
        w.Line();
        w.Line("namespace PyPack.Generated;");
        w.Line();
        w.Open($"internal static class {ClassName}");
        var positions = _positions.Count == 0 ? "" : ", new int[] { " + string.Join(", ", _positions.Select(p => p.ToString(CultureInfo.InvariantCulture))) + " }";
        w.Line($"public static readonly SourceInfo Source = new({CSharpNames.Literal(_fileName)}, {CSharpNames.Literal(_source)}{positions});");
        foreach (var f in _fields) w.Line(f);
        foreach (var c in Constants.Declarations) w.Line(c);
        foreach (var (_, field) in _globalCells) w.Line($"private static GlobalCell {field} = null!;");
        if (_usesSelf) w.Line("private static PyModule Self = null!;");
        w.Line();
        w.Open("public static void Execute(PyModule module)");
        if (_usesSelf) w.Line("Self = module;");
        foreach (var (name, field) in _globalCells) w.Line($"{field} = module.Globals.Cell({CSharpNames.Literal(name)});");
        foreach (var decl in context.TempDeclarations) w.Line(decl);
        // A module body is a frame too: CPython counts it toward the recursion limit.
        w.Line("Source.Module = module;");
        w.Line($"ref int line = ref CallDepth.Enter({moduleCode});");
        w.Line("line = 0;");
        w.Open("try");
        w.Append(body);
        w.Close();
        w.Line($"catch (PyException e) when (e.AddFrame({moduleCode}, line)) {{ throw; }}");
        w.Line("finally { CallDepth.Leave(); }");
        foreach (var local in context.LocalFunctions) w.Append(local);
        w.Close();
        foreach (var m in _methods.Concat(_helpers))
        {
            w.Line();
            w.Append(m);
        }
        w.Close();
        return w.ToString();
    }
}
