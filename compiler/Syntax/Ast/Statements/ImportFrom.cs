// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.ImportFrom</c>.</summary>
public sealed class ImportFrom(string? module, IReadOnlyList<Alias> names, int? level) : Stmt
{
    public string? Module { get; } = module;
    public IReadOnlyList<Alias> Names { get; } = names;
    public int? Level { get; } = level;
    public override string PythonName => "ImportFrom";
    public override IReadOnlyList<string> FieldNames => s_fields;
    public override object? GetField(int index) => index switch
    {
        0 => Module,
        1 => Names,
        2 => Level,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
    private static readonly string[] s_fields = ["module", "names", "level"];
}
