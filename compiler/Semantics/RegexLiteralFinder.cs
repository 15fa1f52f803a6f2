using System.Numerics;
using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// Finds the <see cref="RegexLiteral"/>s of a module: calls <c>X.f(p, ...)</c> where X is a name
/// the module binds by <c>import re</c> (or <c>import re as X</c>), or <c>f(p, ...)</c> where f is
/// bound by <c>from re import f</c>, f takes a pattern first, the flags are absent, an int literal,
/// <c>re.NAME</c> or a <c>|</c> of those, and p is a str the module spells out: a literal, or a
/// value <see cref="BuildTimeValues"/> can work out (a name bound to literals, a join of them...).
/// Finding one too many costs only a regex nobody asks for: the runtime looks the translated text
/// up and builds any other pattern as before, so a rebound name or a shadowing re.py changes nothing.
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

    // At most this many patterns per module: each one costs build time and binary size.
    private const int MaxPatterns = 256;

    public static IReadOnlyList<RegexLiteral> Find(Module tree)
    {
        var nodes = NodeWalk.Descendants([tree]).ToList();
        var aliases = nodes.OfType<Import>().SelectMany(i => i.Names)
            .Where(a => a.Name == "re").Select(a => a.Asname ?? "re").ToHashSet(StringComparer.Ordinal);
        // from re import compile, search as find: local name -> re's function.
        var imported = new Dictionary<string, string>(StringComparer.Ordinal);
        // from re import IGNORECASE as I: local name -> re's flag.
        var flagNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var from in nodes.OfType<ImportFrom>().Where(i => i.Module == "re" && i.Level is null or 0))
        {
            foreach (var a in from.Names)
            {
                if (s_flagsPosition.ContainsKey(a.Name)) imported[a.Asname ?? a.Name] = a.Name;
                else if (IsFlagName(a.Name)) flagNames[a.Asname ?? a.Name] = a.Name;
            }
        }
        if (aliases.Count == 0 && imported.Count == 0) return [];
        BuildTimeValues? values = null;
        var found = new List<RegexLiteral>();
        foreach (var node in nodes)
        {
            if (node is not Call call || call.Args.Count == 0
                || call.Args.Any(a => a is Starred) || call.Keywords.Any(k => k.Arg is null))
            {
                continue;
            }
            string function;
            if (call.Func is Attribute { Value: Name module, Attr: var attr } && aliases.Contains(module.Id) && s_flagsPosition.ContainsKey(attr)) function = attr;
            else if (call.Func is Name name && imported.TryGetValue(name.Id, out var target)) function = target;
            else continue;
            var flagsAt = s_flagsPosition[function];
            var flagsArg = call.Args.Count > flagsAt ? call.Args[flagsAt] : call.Keywords.FirstOrDefault(k => k.Arg == "flags")?.Value;
            // Flags are spelled over re's name in the translation driver, whatever the module calls it.
            var flags = flagsArg is null ? "0" : FlagsText(flagsArg, aliases, flagNames);
            if (flags is null) continue;
            IReadOnlyList<string> patterns = call.Args[0] is Constant { Value: string literal }
                ? [literal]
                : (values ??= new BuildTimeValues(nodes)).Strings(call.Args[0]);
            foreach (var pattern in patterns)
            {
                var entry = new RegexLiteral(pattern, flags, function);
                if (!found.Contains(entry)) found.Add(entry);
                if (found.Count == MaxPatterns) return found;
            }
        }
        return found;
    }

    /// <summary>The flags as Python text over the name <c>re</c>, or null if they are not a literal.</summary>
    private static string? FlagsText(Expr e, HashSet<string> aliases, Dictionary<string, string> flagNames) => e switch
    {
        Constant { Value: BigInteger i } when i >= 0 && i < 1 << 16 => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Attribute { Value: Name n, Attr: var a } when aliases.Contains(n.Id) && IsFlagName(a) => "re." + a,
        Name n when flagNames.TryGetValue(n.Id, out var flag) => "re." + flag,
        BinOp { Op: BinaryOperator.BitOr } b when FlagsText(b.Left, aliases, flagNames) is { } l && FlagsText(b.Right, aliases, flagNames) is { } r => l + "|" + r,
        _ => null,
    };

    private static bool IsFlagName(string name) => name.Length > 0 && name.All(c => c is (>= 'A' and <= 'Z') or '_');
}
