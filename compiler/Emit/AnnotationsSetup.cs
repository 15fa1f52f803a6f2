using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Module and class bodies with annotated names get an <c>__annotations__</c> dict, filled as the
/// body runs (CPython's SETUP_ANNOTATIONS). Under <c>from __future__ import annotations</c> the
/// values are the annotations' source text (see <see cref="AnnotationText"/>).
/// </summary>
public static class AnnotationsSetup
{
    /// <summary>Whether the body (not nested functions or classes) has an annotated assignment.</summary>
    public static bool IsNeeded(IReadOnlyList<Stmt> body) => body.Any(HasAnnotation);

    private static bool HasAnnotation(Stmt s) => s switch
    {
        AnnAssign => true,
        If i => IsNeeded(i.Body) || IsNeeded(i.Orelse),
        For f => IsNeeded(f.Body) || IsNeeded(f.Orelse),
        AsyncFor f => IsNeeded(f.Body) || IsNeeded(f.Orelse),
        While w => IsNeeded(w.Body) || IsNeeded(w.Orelse),
        With w => IsNeeded(w.Body),
        AsyncWith w => IsNeeded(w.Body),
        Try t => IsNeeded(t.Body) || t.Handlers.OfType<ExceptHandler>().Any(h => IsNeeded(h.Body)) || IsNeeded(t.Orelse) || IsNeeded(t.Finalbody),
        TryStar t => IsNeeded(t.Body) || t.Handlers.OfType<ExceptHandler>().Any(h => IsNeeded(h.Body)) || IsNeeded(t.Orelse) || IsNeeded(t.Finalbody),
        Match m => m.Cases.Any(c => IsNeeded(c.Body)),
        _ => false,
    };

    /// <summary>Whether the module starts with <c>from __future__ import annotations</c>.</summary>
    public static bool HasFutureAnnotations(Module module)
    {
        foreach (var s in module.Body)
        {
            switch (s)
            {
                case ImportFrom { Module: "__future__" } f when f.Names.Any(n => n.Name == "annotations"):
                    return true;
                case ImportFrom { Module: "__future__" }:
                    continue;
                case ExprStmt { Value: Constant { Value: string } }:
                    continue; // the docstring
                default:
                    return false;
            }
        }
        return false;
    }
}
