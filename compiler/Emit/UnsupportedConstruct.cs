using PyPack.Compiler.Diagnostics;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>Raised by the emitter for a construct it cannot translate yet; becomes a diagnostic with the node's position.</summary>
public sealed class UnsupportedConstruct(Node node, string what) : Exception($"unsupported: {what}")
{
    public Node Node { get; } = node;
    public string What { get; } = what;

    public Diagnostic ToDiagnostic(string fileName) =>
        new(DiagnosticCode.Unsupported, fileName, Node.Line, Node.Col + 1, $"unsupported: {What}");

    /// <summary>The name users know a construct by, for the message.</summary>
    public static string Describe(Node node) => node switch
    {
        ClassDef => "class definition",
        Try => "'try' statement",
        TryStar => "'try' statement with except*",
        With or AsyncWith => "'with' statement",
        Lambda => "lambda",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "'yield' here (supported in an expression statement, an assignment's value, return, raise, an if, while or assert test, a for's iterable and an augmented assignment's value)",
        Await => "'await' here (supported in an expression statement, an assignment's value, return, raise, an if, while or assert test, a for's iterable and an augmented assignment's value)",
        AsyncFunctionDef => "async function",
        AsyncFor => "'async for' statement",
        Match => "'match' statement",
        Dict => "dict display",
        Set => "set display",
        Slice => "slice",
        Starred => "starred expression",
        NamedExpr => "assignment expression (:=)",
        Nonlocal => "'nonlocal' statement",
        _ => node.PythonName,
    };
}
