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

    public string CodeInfo(string pythonName, string owner, int firstLine, IReadOnlyList<string>? varNames = null)
    {
        var field = UniqueMemberName("Code_" + owner);
        var names = varNames is { Count: > 0 } ? ", new string[] { " + string.Join(", ", varNames.Select(CSharpNames.Literal)) + " }" : "";
        _fields.Add($"private static readonly CodeInfo {field} = new({CSharpNames.Literal(pythonName)}, Source, {firstLine.ToString(CultureInfo.InvariantCulture)}{names});");
        return field;
    }

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

    public void NoteImport(string moduleName) => _imports.Add(moduleName);

    private bool _usesSelf;

    /// <summary>The C# expression for this module's PyModule, usable from any method of the class.</summary>
    public string SelfReference()
    {
        _usesSelf = true;
        return "Self";
    }

    public void AddMethod(CodeWriter method) => _methods.Add(method);

    public string Emit()
    {
        _memberNames.Add("Source");
        _memberNames.Add("Execute");
        _memberNames.Add("Self");
        var moduleCode = CodeInfo("<module>", "module", 1);
        var context = new MethodContext(this, Scopes.Module, moduleCode);
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
        w.Line($"public static readonly SourceInfo Source = new({CSharpNames.Literal(_fileName)}, {CSharpNames.Literal(_source)});");
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
        foreach (var m in _methods)
        {
            w.Line();
            w.Append(m);
        }
        w.Close();
        return w.ToString();
    }
}
