using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>import and from-import.</summary>
public sealed partial class StatementEmitter
{
    private void EmitImport(Import i)
    {
        foreach (var alias in i.Names)
        {
            if (alias.Name.Contains('.')) throw new UnsupportedConstruct(alias, "import of a dotted module name");
            context.Module.NoteImport(alias.Name);
            StoreTo(new Name(alias.Asname ?? alias.Name, ExprContext.Store) { Line = alias.Line, Col = alias.Col },
                $"Imports.Import({CSharpNames.Literal(alias.Name)})");
        }
    }

    private void EmitImportFrom(ImportFrom i)
    {
        if (i.Level is > 0) throw new UnsupportedConstruct(i, "relative import");
        var moduleName = i.Module!;
        if (moduleName.Contains('.')) throw new UnsupportedConstruct(i, "import from a dotted module name");
        context.Module.NoteImport(moduleName);
        var module = context.NewTemp();
        w.Line($"{module} = Imports.Import({CSharpNames.Literal(moduleName)});");
        foreach (var alias in i.Names)
        {
            if (alias.Name == "*") throw new UnsupportedConstruct(alias, "'from ... import *'");
            StoreTo(new Name(alias.Asname ?? alias.Name, ExprContext.Store) { Line = alias.Line, Col = alias.Col },
                $"Imports.ImportName({module}, {CSharpNames.Literal(alias.Name)})");
        }
    }
}
