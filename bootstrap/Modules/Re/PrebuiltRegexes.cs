using System.Text.RegularExpressions;

namespace PyPack.Runtime.Modules.Re;

/// <summary>
/// The regexes a native executable carries precompiled by .NET's regex source generator: the
/// packager translates the app's literal patterns at build time (with re.py's own translator, run
/// on the quick path) and the generated app sets <see cref="Find"/> at start-up. A pattern it does
/// not hold is built by the regex interpreter as before; the quick path sets nothing.
/// </summary>
public static class PrebuiltRegexes
{
    /// <summary>The options every regex of <see cref="RegexEngine"/> is made with.</summary>
    public const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>Search, match (anchored at pos), fullmatch, and search that must not return an empty match at pos.</summary>
    public const int ModeCount = 4;

    /// <summary>The app's precompiled regex of exactly this .NET text and these options, or null.</summary>
    public static Func<string, RegexOptions, Regex?>? Find { get; set; }

    /// <summary>The .NET text run for a translated pattern in one way of matching (<see cref="ModeCount"/>).</summary>
    public static string TextFor(string translated, int mode) => mode switch
    {
        0 => translated,
        1 => $@"\G(?:{translated})",
        2 => $@"\G(?:{translated})\z",
        _ => $@"(?:{translated})(?!\G)",
    };
}
