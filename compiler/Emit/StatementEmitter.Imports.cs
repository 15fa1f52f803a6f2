using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// import and from-import, as calls into the runtime's Imports (which follows CPython's
/// IMPORT_NAME / IMPORT_FROM / IMPORT_STAR): <c>import a.b.c</c> binds a, <c>import a.b as c</c>
/// binds a.b, relative names resolve against the importing module's __package__ at run time.
/// </summary>
public sealed partial class StatementEmitter
{
    private void EmitImport(Import i)
    {
        foreach (var alias in i.Names)
        {
            context.Module.NoteImport(alias.Name);
            var call = alias.Asname is null || !alias.Name.Contains('.')
                ? $"Imports.Import({CSharpNames.Literal(alias.Name)})"
                : $"Imports.ImportAs({CSharpNames.Literal(alias.Name)})";
            var bound = alias.Asname ?? alias.Name.Split('.')[0];
            StoreTo(new Name(bound, ExprContext.Store) { Line = alias.Line, Col = alias.Col }, call);
        }
    }

    private void EmitImportFrom(ImportFrom i)
    {
        var level = i.Level ?? 0;
        if (level == 0) context.Module.NoteImport(i.Module!);
        var names = string.Join(", ", i.Names.Select(a => CSharpNames.Literal(a.Name)));
        var module = context.NewTemp("PyModule");
        w.Line($"{module} = Imports.ImportFrom({(i.Module is null ? "null" : CSharpNames.Literal(i.Module))}, {level}, {context.Module.SelfReference()}, new string[] {{ {names} }});");
        foreach (var alias in i.Names)
        {
            if (alias.Name == "*")
            {
                // CPython allows 'import *' only at module level (a SyntaxError elsewhere).
                if (!context.IsModuleLevel) throw new UnsupportedConstruct(alias, "'from ... import *' outside module level");
                w.Line($"Imports.ImportStar({module}, module);");
                continue;
            }
            StoreTo(new Name(alias.Asname ?? alias.Name, ExprContext.Store) { Line = alias.Line, Col = alias.Col },
                $"Imports.ImportName({module}, {CSharpNames.Literal(alias.Name)})");
        }
    }
}
