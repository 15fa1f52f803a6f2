namespace PyPack.Runtime.Objects;

/// <summary>sys.stdout and sys.stderr: a text stream with write() and flush().</summary>
public sealed class PyTextStream(string name, TextWriter writer) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private PyStdBinaryStream? _buffer;

    public TextWriter Writer { get; } = writer;
    public string Name { get; } = name;

    public override PyType Type => TypeObject;
    public override string Repr() => $"<_io.TextIOWrapper name='{Name}' mode='w' encoding='utf-8'>";

    public override PyObject? GetOwnAttribute(string attribute) => attribute switch
    {
        "name" => new PyStr(Name),
        "mode" => new PyStr("w"),
        "encoding" => new PyStr("utf-8"),
        "errors" => new PyStr(Name == "<stderr>" ? "backslashreplace" : "strict"),
        "closed" => PyBool.False,
        "buffer" => _buffer ??= new PyStdBinaryStream(this),
        _ => null,
    };

    private static PyType CreateType()
    {
        var type = new PyType("TextIOWrapper", IoBaseTypes.TextIOBase) { Module = "_io", TpName = "_io.TextIOWrapper" };
        type.Method("write", static (self, s) =>
        {
            if (s is not PyStr text) throw Errors.TypeError($"write() argument must be str, not {s.Type.TpName}");
            ((PyTextStream)self).Writer.Write(text.Value);
            return PyInt.From(text.CodePointCount);
        });
        type.Method("flush", static self =>
        {
            ((PyTextStream)self).Writer.Flush();
            return PyNone.Instance;
        });
        type.Method("isatty", static self => PyBool.From(Hosting.DescriptorStream.IsTerminal(((PyTextStream)self).Name == "<stderr>" ? 2 : 1)));
        type.Method("fileno", static self => PyInt.From(((PyTextStream)self).Name == "<stderr>" ? 2 : 1));
        type.Method("writable", static self => PyBool.True);
        type.Method("readable", static self => PyBool.False);
        type.Method("writelines", static (self, lines) =>
        {
            foreach (var line in Operations.Iteration.ToArray(lines))
            {
                if (line is not PyStr text) throw Errors.TypeError($"write() argument must be str, not {line.Type.TpName}");
                ((PyTextStream)self).Writer.Write(text.Value);
            }
            return PyNone.Instance;
        });
        return type;
    }
}
