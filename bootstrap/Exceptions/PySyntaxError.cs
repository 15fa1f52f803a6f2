using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>
/// SyntaxError made by a program: <c>SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
/// end_offset]))</c> spreads the details into attributes, and str() adds where it happened.
/// </summary>
public sealed class PySyntaxError : PyBaseException
{
    private static readonly string[] s_details = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

    public PySyntaxError(PyType type, PyTuple args) : base(type, args)
    {
        if (args.Count != 2) return;
        var info = Operations.Iteration.ToArray(args[1]);
        if (info.Length is < 4 or > 6) throw Errors.TypeError($"function takes {(info.Length < 4 ? "at least 4" : "at most 6")} arguments ({info.Length} given)");
        for (var i = 0; i < info.Length; i++) SetOwnAttribute(s_details[i], info[i]);
    }

    protected override PyObject? GetSpecialAttribute(string name) => name switch
    {
        "msg" => Args.Count >= 1 ? Args[0] : PyNone.Instance,
        "filename" or "lineno" or "offset" or "text" or "end_lineno" or "end_offset" or "print_file_and_line" => PyNone.Instance,
        _ => null,
    };

    public override string BaseStr()
    {
        var msg = Operations.Text.Str(GetOwnAttribute("msg")!);
        var file = GetOwnAttribute("filename") is PyStr f ? Path.GetFileName(f.Value) : null;
        var line = GetOwnAttribute("lineno") is PyInt l ? l.Repr() : null;
        return (file, line) switch
        {
            (not null, not null) => $"{msg} ({file}, line {line})",
            (not null, null) => $"{msg} ({file})",
            (null, not null) => $"{msg} (line {line})",
            _ => msg,
        };
    }
}
