using PyPack.Compiler.Diagnostics;
using PyPack.Compiler.Emit;
using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax;

namespace PyPack.Compiler;

/// <summary>
/// Compiles one Python module to C#: parse, resolve scopes, emit. Throws
/// <see cref="PythonSyntaxError"/> for invalid Python and <see cref="CompileError"/> for
/// constructs the compiler cannot translate.
/// </summary>
public static class Compilation
{
    /// <param name="moduleName">The name the module is imported by (<c>__main__</c> for the script).</param>
    /// <param name="fileName">The file name tracebacks, syntax errors and diagnostics show; CPython shows absolute paths.</param>
    public static CompiledModule CompileModule(string moduleName, string fileName, byte[] source) =>
        LargeStack.Run(() => Compile(moduleName, fileName, source));

    /// <summary>
    /// The checks CPython makes before generating code: the parse, the compiler's nesting limit,
    /// then the symbol table's and compiler's own SyntaxErrors. Throws <see cref="PythonSyntaxError"/>
    /// with exactly what CPython reports.
    /// </summary>
    public static Syntax.Ast.Module Parse(byte[] source, string fileName) =>
        LargeStack.Run(() => Analyse(source, fileName).Tree);

    private static (Syntax.Ast.Module Tree, ScopeTable Scopes, string Text) Analyse(byte[] source, string fileName)
    {
        var tree = PythonParser.Parse(source, fileName);
        NestingLimit.Check(tree);
        var text = DecodeForTracebacks(source);
        var scopes = ScopeBuilder.Build(tree);
        CompileChecks.Run(tree, scopes, fileName, text);
        return (tree, scopes, text);
    }

    private static CompiledModule Compile(string moduleName, string fileName, byte[] source)
    {
        var (tree, scopes, text) = Analyse(source, fileName);
        var emitter = new ModuleEmitter(moduleName, fileName, text, tree, scopes);
        try
        {
            UnrepresentableLiterals.Check(tree);
            UnsupportedModuleAttributes.Check(tree, scopes);
            var csharp = emitter.Emit();
            return new CompiledModule(moduleName, fileName, emitter.ClassName, csharp, [.. emitter.Imports])
            {
                RegexLiterals = RegexLiteralFinder.Find(tree),
            };
        }
        catch (UnsupportedConstruct e)
        {
            throw new CompileError([e.ToDiagnostic(fileName)]);
        }
    }

    /// <summary>The source as text for traceback lines; the parser has already checked it decodes.</summary>
    private static string DecodeForTracebacks(byte[] source)
    {
        var bytes = source.AsSpan();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        return System.Text.Encoding.UTF8.GetString(bytes);
    }
}
