using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Whether a module or class body has annotated assignments, so it starts by creating its
/// <c>__annotations__</c> dict (CPython's find_ann before SETUP_ANNOTATIONS: compound statements
/// are searched, nested functions and classes are not).
/// </summary>
public static class AnnotationScan
{
    public static bool Contains(IReadOnlyList<Stmt> body) => body.Any(Contains);

    private static bool Contains(Stmt s) => s switch
    {
        AnnAssign => true,
        For f => Contains(f.Body) || Contains(f.Orelse),
        AsyncFor f => Contains(f.Body) || Contains(f.Orelse),
        While w => Contains(w.Body) || Contains(w.Orelse),
        If i => Contains(i.Body) || Contains(i.Orelse),
        With w => Contains(w.Body),
        AsyncWith w => Contains(w.Body),
        Try t => Contains(t.Body) || t.Handlers.OfType<ExceptHandler>().Any(h => Contains(h.Body)) || Contains(t.Orelse) || Contains(t.Finalbody),
        TryStar t => Contains(t.Body) || t.Handlers.OfType<ExceptHandler>().Any(h => Contains(h.Body)) || Contains(t.Orelse) || Contains(t.Finalbody),
        _ => false,
    };
}
