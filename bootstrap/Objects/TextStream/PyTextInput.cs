namespace PyPack.Runtime.Objects;

/// <summary>sys.stdin: a text stream to read from, by line, whole, or by iteration.</summary>
public sealed class PyTextInput(string name, TextReader reader) : PyIterator
{
    public static readonly PyType TypeObject = CreateType();

    public override PyType Type => TypeObject;
    public override string Repr() => $"<_io.TextIOWrapper name='{name}' mode='r' encoding='utf-8'>";

    public override PyObject? GetOwnAttribute(string attribute) => attribute switch
    {
        "name" => new PyStr(name),
        "mode" => new PyStr("r"),
        "encoding" => new PyStr("utf-8"),
        "errors" => new PyStr("strict"),
        "closed" => PyBool.False,
        _ => null,
    };

    /// <summary>One line with its "\n" (CPython keeps it), or null at the end.</summary>
    internal string? ReadLine() => ReadLine(reader);

    /// <summary>One line of <paramref name="reader"/> with its "\n", or null at the end: no newline translation, as sys.stdin on POSIX.</summary>
    internal static string? ReadLine(TextReader reader)
    {
        var sb = new System.Text.StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    public override PyObject? Next() => ReadLine() is { } line ? new PyStr(line) : null;

    private static PyType CreateType()
    {
        var type = new PyType("TextIOWrapper", IoBaseTypes.TextIOBase) { Module = "_io", TpName = "_io.TextIOWrapper" };
        type.Method("read", static (self, args, kw) =>
        {
            Args.Check("TextIOWrapper", "read", args, kw, 0, 1);
            var input = (PyTextInput)self;
            var size = args.Length == 0 || args[0] is PyNone ? -1 : Operations.Conversions.ToIndex(args[0]);
            if (size < 0) return new PyStr(input.ReadReader().ReadToEnd());
            var buffer = new char[size];
            var n = input.ReadReader().ReadBlock(buffer, 0, (int)size);
            return new PyStr(new string(buffer, 0, n));
        });
        type.Method("readline", static (self, args, kw) =>
        {
            Args.Check("TextIOWrapper", "readline", args, kw, 0, 1);
            return ((PyTextInput)self).ReadLine() is { } line ? new PyStr(line) : PyStr.Empty;
        });
        type.Method("readlines", static self =>
        {
            var list = new PyList();
            while (((PyTextInput)self).ReadLine() is { } line) list.Append(new PyStr(line));
            return list;
        });
        type.Method("isatty", static self => PyBool.From(Hosting.StandardInput.IsTerminal));
        type.Method("fileno", static self => PyInt.From(0));
        type.Method("readable", static self => PyBool.True);
        type.Method("writable", static self => PyBool.False);
        return type;
    }

    private TextReader ReadReader() => reader;
}
