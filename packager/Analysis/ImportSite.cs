namespace PyPack.Packager.Analysis;

/// <summary>
/// One place a module imports something, as written: <c>import a.b</c> (Names empty),
/// <c>from ..a import x, y</c> (Level 2, Names x, y), or a call with a literal name
/// (<c>importlib.import_module("a")</c>, <c>__import__("a")</c>). Module is null for
/// <c>from . import x</c>. Optional when a <c>try</c> around it handles ImportError.
/// </summary>
public sealed record ImportSite(string? Module, int Level, IReadOnlyList<string> Names, int Line, int Col, bool Optional, ImportSiteKind Kind)
{
    public bool IsFrom => Kind == ImportSiteKind.From;
}

public enum ImportSiteKind
{
    /// <summary><c>import a.b.c</c> or <c>import a.b as c</c>.</summary>
    Import,
    /// <summary><c>from m import names</c>.</summary>
    From,
    /// <summary><c>importlib.import_module("literal")</c> or <c>__import__("literal")</c>.</summary>
    Call,
    /// <summary>An import_module/__import__ call whose name is computed at run time: only a warning.</summary>
    Dynamic,
}
