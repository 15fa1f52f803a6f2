using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Traceback;

/// <summary>
/// traceback.FrameSummary: one frame of an extracted traceback; unpacks as (filename, lineno, name, line).
/// A frame of a traceback also has the position of its operation (end_lineno, colno, end_colno).
/// </summary>
public sealed class PyFrameSummary(string fileName, int line, string name, string? source, Exceptions.SourcePosition? position = null) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    /// <summary>FrameSummary(filename, lineno, name, lookup_line=True, locals=None, line=None): a line not given stays None.</summary>
    private static PyType CreateType()
    {
        var type = new PyType("FrameSummary", null) { Module = "traceback" };
        type.Constructor = static (args, kw) =>
        {
            var a = Modules.ModuleArgs.Bind("FrameSummary", args, kw, ["filename", "lineno", "name", "lookup_line", "locals", "line", "end_lineno", "colno", "end_colno"], 3, keywordOnlyFrom: 3);
            var line = a[5] is PyStr s ? s.Value : null;
            return new PyFrameSummary(a[0]!.Str(), (int)Modules.ModuleArgs.Int(a[1]!), a[2]!.Str(), line);
        };
        return type;
    }

    public string FileName { get; } = fileName;
    public int Line { get; } = line;
    public string Name { get; } = name;

    /// <summary>The source line, stripped, as FrameSummary.line gives it.</summary>
    public string? Source { get; } = source?.Trim();

    /// <summary>The line as it is in the file, which the marker line is measured against.</summary>
    public string? OriginalSource { get; } = source;

    public Exceptions.SourcePosition? Position { get; } = position;

    public override PyType Type => TypeObject;

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "filename" => new PyStr(FileName),
        "lineno" => PyInt.From(Line),
        "name" => new PyStr(Name),
        "line" => Source is null ? PyNone.Instance : new PyStr(Source),
        "end_lineno" => Position is { } p ? PyInt.From(p.EndLine) : PyNone.Instance,
        "colno" => Position is { } p ? PyInt.From(p.Column) : PyNone.Instance,
        "end_colno" => Position is { } p ? PyInt.From(p.EndColumn) : PyNone.Instance,
        _ => null,
    };

    private PyTuple AsTuple() => PyTuple.Of(new PyStr(FileName), PyInt.From(Line), new PyStr(Name), Source is null ? PyNone.Instance : new PyStr(Source));

    public override PyIterator? Iter() => AsTuple().Iter();

    public override PyObject? GetItem(PyObject key) => AsTuple().GetItem(key);

    public override string Repr() => $"<FrameSummary file {FileName}, line {Line} in {Name}>";
}
