using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PyPack.Compiler;
using PyPack.Compiler.Semantics;
using PyPack.Packager.Analysis;
using PyPack.Runtime.Modules.Re;

namespace PyPack.Packager.Build;

/// <summary>
/// Precompiles the app's literal regex patterns for the native build. The translation from
/// Python's syntax to .NET's is re.py's own (<c>re._translate</c>), run here on the quick path so
/// there is one translator; the result is a C# file with one <c>[GeneratedRegex]</c> per .NET text
/// (compiled by .NET's regex source generator during the publish) and a lookup the runtime
/// consults before it builds a regex (<see cref="PrebuiltRegexes.Find"/>). Patterns the translator
/// rejects are left out: the runtime raises re.error for them as before.
/// </summary>
public static class RegexPrecompiler
{
    public const string ClassName = "AppRegexes";

    /// <summary>
    /// The generated C# file, or null when the app has no literal patterns for PyPack's re. With a
    /// <paramref name="cacheFolder"/>, the result is kept there and reused while the literals, the
    /// translator's modules and PyPack itself are unchanged: translating compiles re.py in memory,
    /// seconds a rebuild of an unchanged app should not spend.
    /// </summary>
    public static string? Generate(AppModules app, Log log, string? cacheFolder = null)
    {
        var literals = app.Python.SelectMany(m => m.RegexLiterals).Distinct()
            .OrderBy(l => l.Pattern, StringComparer.Ordinal).ThenBy(l => l.Flags, StringComparer.Ordinal)
            .ThenBy(l => l.Function, StringComparer.Ordinal).ToList();
        if (literals.Count == 0 || !app.Python.Any(m => m.ModuleName == "re")) return null;
        var modules = TranslatorModules(app);
        var keyFile = cacheFolder is null ? null : Path.Combine(cacheFolder, "regexes.key");
        // Not named .cs: the work folder is the generated project's, which compiles every .cs under it.
        var sourceFile = cacheFolder is null ? null : Path.Combine(cacheFolder, "regexes.txt");
        var key = Key(literals, modules);
        if (keyFile is not null && File.Exists(keyFile) && File.ReadAllText(keyFile) == key)
        {
            return File.Exists(sourceFile) ? File.ReadAllText(sourceFile) : null;
        }
        var source = Generate(literals, Translate(app, modules, literals, log), log);
        if (keyFile is not null && sourceFile is not null)
        {
            Directory.CreateDirectory(cacheFolder!);
            if (source is null) File.Delete(sourceFile);
            else File.WriteAllText(sourceFile, source);
            File.WriteAllText(keyFile, key);
        }
        return source;
    }

    private static string? Generate(List<RegexLiteral> literals, string?[]? translated, Log log)
    {
        if (translated is null) return null;
        var texts = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < literals.Count; i++)
        {
            if (translated[i] is not { } text) continue;
            foreach (var mode in Modes(literals[i].Function)) texts.Add(PrebuiltRegexes.TextFor(text, mode));
        }
        if (texts.Count == 0) return null;
        log.Info($"precompiling {texts.Count} regular expression(s)");
        return Source(texts);
    }

    /// <summary>
    /// The ways a pattern given to <paramref name="function"/> is matched: a compiled pattern may be
    /// searched, matched or fullmatched. The search that must not be empty at pos (after an empty
    /// match in a loop) is rare and stays interpreted.
    /// </summary>
    private static int[] Modes(string function) => function switch
    {
        "compile" => [0, 1, 2],
        "match" => [1],
        "fullmatch" => [2],
        _ => [0],
    };

    /// <summary>re._translate's .NET text for each literal (null where it raises), or null if the translator could not run.</summary>
    private static string?[]? Translate(AppModules app, List<CompiledModule> translator, IReadOnlyList<RegexLiteral> literals, Log log)
    {
        var driver = new StringBuilder("import re\n\n");
        // "=" first, so that an empty translation (the pattern "") is a line too.
        driver.Append("def _show(text):\n    print(\"=\" + \" \".join([str(ord(c)) for c in text]))\n\n");
        foreach (var l in literals)
        {
            driver.Append("try:\n    _show(re._translate(").Append(PythonLiteral(l.Pattern)).Append(", ").Append(l.Flags)
                .Append(", False)[0])\nexcept Exception:\n    print(\"-\")\n");
        }
        var main = Compilation.CompileModule("__main__", "<pypack regex translation>", Encoding.UTF8.GetBytes(driver.ToString()));
        List<CompiledModule> modules = [main, .. translator];
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = QuickRunner.Run(new AppModules(modules, app.Native, []) { PackagePaths = app.PackagePaths }, ["pypack"], stdout, stderr);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (exit != 0 || lines.Length != literals.Count)
        {
            log.Warn("could not translate the app's regular expressions at build time; they will be compiled at run time\n" + stderr);
            return null;
        }
        return [.. lines.Select(line => line == "-" ? null : CodePoints(line[1..]))];
    }

    /// <summary>re and the Python modules it imports, directly or not (the driver's __main__ replaces the app's).</summary>
    private static List<CompiledModule> TranslatorModules(AppModules app)
    {
        var modules = new List<CompiledModule>();
        var byName = app.Python.Where(m => m.ModuleName != "__main__").ToDictionary(m => m.ModuleName, StringComparer.Ordinal);
        var pending = new Stack<string>(["re"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name) || !byName.TryGetValue(name, out var m)) continue;
            modules.Add(m);
            foreach (var imported in m.Imports) pending.Push(imported);
        }
        return modules;
    }

    /// <summary>What the generated file depends on: the literals, the translator's C#, the runtime and PyPack's packager.</summary>
    private static string Key(List<RegexLiteral> literals, List<CompiledModule> modules)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var l in literals) hash.AppendData(Encoding.UTF8.GetBytes($"{l.Pattern}\0{l.Flags}\0{l.Function}\0"));
        foreach (var m in modules) hash.AppendData(Encoding.UTF8.GetBytes($"{m.ModuleName}\0{m.CSharp}\0"));
        hash.AppendData(File.ReadAllBytes(typeof(PrebuiltRegexes).Assembly.Location));
        hash.AppendData(File.ReadAllBytes(typeof(RegexPrecompiler).Assembly.Location));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string CodePoints(string line)
    {
        var sb = new StringBuilder();
        foreach (var part in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var cp = int.Parse(part, CultureInfo.InvariantCulture);
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    /// <summary>A Python str literal for <paramref name="value"/>, lone surrogates included.</summary>
    private static string PythonLiteral(string value)
    {
        var sb = new StringBuilder("'");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c < 0x7f && c is not ('\\' or '\'')) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append("\\U").Append(char.ConvertToUtf32(c, value[++i]).ToString("x8", CultureInfo.InvariantCulture));
            }
            else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return sb.Append('\'').ToString();
    }

    private static string Source(IEnumerable<string> texts)
    {
        var sb = new StringBuilder();
        sb.Append("// <auto-generated/> PyPack: the app's regular expressions, translated at build time and compiled by .NET's regex source generator.\n");
        sb.Append("using System.Text.RegularExpressions;\n\nnamespace PyPack.Generated;\n\n");
        sb.Append($"internal static partial class {ClassName}\n{{\n");
        // The runtime's own constant, so the key can never disagree with what RegexEngine asks for.
        const string options = "global::PyPack.Runtime.Modules.Re.PrebuiltRegexes.Options";
        var cases = new StringBuilder();
        var n = 0;
        foreach (var text in texts)
        {
            var literal = Compiler.Emit.CSharpNames.Literal(text);
            sb.Append($"    [GeneratedRegex({literal}, {options})]\n    private static partial Regex R{n}();\n\n");
            cases.Append($"            {literal} => R{n}(),\n");
            n++;
        }
        sb.Append("    /// <summary>The precompiled regex of this .NET text and options, or null.</summary>\n");
        sb.Append("    public static Regex? Find(string text, RegexOptions options)\n    {\n");
        sb.Append($"        if (options != {options}) return null;\n");
        sb.Append("        return text switch\n        {\n").Append(cases).Append("            _ => null,\n        };\n    }\n}\n");
        return sb.ToString();
    }
}
