using System.Numerics;
using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// Finds the <see cref="RegexLiteral"/>s of a module: calls <c>X.f("...", ...)</c> where X is a name
/// the module binds by <c>import re</c> (or <c>import re as X</c>) and f takes a pattern first, with
/// flags absent, an int literal, <c>X.NAME</c> or a <c>|</c> of those. Finding one too many costs
/// only a regex nobody asks for: the runtime looks the translated text up and builds any other
/// pattern as before, so a rebound name or a shadowing re.py changes nothing.
/// </summary>
public static class RegexLiteralFinder
{
    // Each function's position of the flags argument.
    private static readonly Dictionary<string, int> s_flagsPosition = new(StringComparer.Ordinal)
    {
        ["compile"] = 1,
        ["search"] = 2,
        ["match"] = 2,
        ["fullmatch"] = 2,
        ["findall"] = 2,
        ["finditer"] = 2,
        ["split"] = 3,
        ["sub"] = 4,
        ["subn"] = 4,
    };

    public static IReadOnlyList<RegexLiteral> Find(Module tree)
    {
        var nodes = NodeWalk.Descendants([tree]).ToList();
        var aliases = nodes.OfType<Import>().SelectMany(i => i.Names)
            .Where(a => a.Name == "re").Select(a => a.Asname ?? "re").ToHashSet(StringComparer.Ordinal);
        if (aliases.Count == 0) return [];
        var found = new List<RegexLiteral>();
        foreach (var node in nodes)
        {
            if (node is not Call { Func: Attribute { Value: Name module, Attr: var function } } call
                || !aliases.Contains(module.Id)
                || !s_flagsPosition.TryGetValue(function, out var flagsAt)
                || call.Args.Count == 0 || call.Args[0] is not Constant { Value: string pattern }
                || call.Args.Any(a => a is Starred) || call.Keywords.Any(k => k.Arg is null))
            {
                continue;
            }
            var flagsArg = call.Args.Count > flagsAt ? call.Args[flagsAt] : call.Keywords.FirstOrDefault(k => k.Arg == "flags")?.Value;
            var flags = flagsArg is null ? "0" : FlagsText(flagsArg, module.Id);
            if (flags is not null) found.Add(new RegexLiteral(pattern, flags, function));
        }
        return found;
    }

    /// <summary>The flags as Python text over the name <c>re</c>, or null if they are not a literal.</summary>
    private static string? FlagsText(Expr e, string alias) => e switch
    {
        Constant { Value: BigInteger i } when i >= 0 && i < 1 << 16 => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Attribute { Value: Name n, Attr: var a } when n.Id == alias && a.All(c => c is (>= 'A' and <= 'Z') or '_') => "re." + a,
        BinOp { Op: BinaryOperator.BitOr } b when FlagsText(b.Left, alias) is { } l && FlagsText(b.Right, alias) is { } r => l + "|" + r,
        _ => null,
    };
}
