using System.CommandLine;
using PyPack.Packager.Analysis;

namespace PyPack.Packager.Cli;

/// <summary>The options that steer import analysis, shared by <c>pypack</c> (build) and <c>pypack run</c>.</summary>
public sealed class AnalysisOptions
{
    public Option<string[]> Paths { get; } = new("--paths", "-p")
    {
        Description = "A folder (or .zip/.whl) to search for imports, after the script's folder and before PYTHONPATH. Repeatable",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> HiddenImports { get; } = new("--hidden-import")
    {
        Description = "A module to include although no import names it literally (e.g. one imported by a computed name). Repeatable",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> ExcludedModules { get; } = new("--exclude-module")
    {
        Description = "A module to leave out, with its submodules; importing it raises ModuleNotFoundError. Repeatable",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Graph { get; } = new("--graph")
    {
        Description = "Write the module graph to FILE: JSON when FILE ends in .json, else text",
    };

    public ModuleFinderOptions Read(ParseResult result) => new()
    {
        Paths = result.GetValue(Paths) ?? [],
        HiddenImports = result.GetValue(HiddenImports) ?? [],
        ExcludedModules = result.GetValue(ExcludedModules) ?? [],
    };
}
