using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Json;

/// <summary>
/// json.JSONDecodeError (a ValueError): "msg: line L column C (char P)", with msg, doc, pos,
/// lineno and colno attributes; positions count code points as CPython's do.
/// </summary>
public sealed class JsonDecodeError : PyBaseException
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyObject _msg;
    private readonly PyObject _doc;
    private readonly long _pos;
    private readonly long _line;
    private readonly long _column;

    private JsonDecodeError(PyType type, string msg, string doc, long pos) : base(type, PyTuple.Empty)
    {
        _msg = new PyStr(msg);
        _doc = new PyStr(doc);
        _pos = pos;
        var s = new PyStr(doc);
        var offset = pos >= s.CodePointCount ? doc.Length : s.OffsetOf((int)pos);
        var before = doc.AsSpan(0, offset);
        _line = before.Count('\n') + 1;
        var lastNewline = before.LastIndexOf('\n');
        _column = lastNewline < 0 ? pos + 1 : pos - new PyStr(doc[..lastNewline]).CodePointCount;
        Args = PyTuple.Of(new PyStr($"{msg}: line {_line} column {_column} (char {pos})"));
    }

    /// <summary>The error at UTF-16 offset <paramref name="offset"/> of <paramref name="doc"/>.</summary>
    public static JsonDecodeError Create(string msg, string doc, int offset) =>
        new(TypeObject, msg, doc, new PyStr(doc[..offset]).CodePointCount);

    protected override PyObject? GetSpecialAttribute(string name) => name switch
    {
        "msg" => _msg,
        "doc" => _doc,
        "pos" => PyInt.From(_pos),
        "lineno" => PyInt.From(_line),
        "colno" => PyInt.From(_column),
        _ => null,
    };

    private static PyType CreateType()
    {
        var type = new PyType("JSONDecodeError", ExceptionTypes.ValueError) { Module = "json.decoder" };
        type.Constructor = (args, kw) =>
        {
            var a = ModuleArgs.Bind("JSONDecodeError.__init__", args, kw, ["msg", "doc", "pos"], 3);
            if (a[0] is not PyStr msg || a[1] is not PyStr doc) throw Errors.TypeError("JSONDecodeError() arguments must be str, str, int");
            return new JsonDecodeError(type, msg.Value, doc.Value, Operations.Conversions.ToIndex(a[2]!));
        };
        return type;
    }
}
