using System.Text;

namespace PyPack.Runtime.Objects;

/// <summary>
/// sys.stdout.buffer and sys.stderr.buffer: bytes written to the stream under the text writer,
/// after the text written before them (program order, as unbuffered CPython and any program that
/// flushes see it). When the quick path captures the output in memory, the bytes are decoded into
/// the same writer.
/// </summary>
public sealed class PyStdBinaryStream(PyTextStream text) : PyObject
{
    public static readonly PyType TypeObject = CreateType();
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

    public override PyType Type => TypeObject;
    public override string Repr() => $"<_io.BufferedWriter name='{text.Name}'>";

    public override PyObject? GetOwnAttribute(string attribute) => attribute switch
    {
        "name" => new PyStr(text.Name),
        "mode" => new PyStr("wb"),
        "closed" => PyBool.False,
        "raw" => PyNone.Instance,
        _ => null,
    };

    private long Write(PyObject data)
    {
        if (data is not PyBytes bytes) throw Errors.TypeError($"a bytes-like object is required, not '{data.Type.TpName}'");
        if (text.Writer is Hosting.StandardStreamWriter { BaseStream: var stream } writer)
        {
            writer.Flush();
            stream.Write(bytes.Data);
            if (writer.AutoFlush) stream.Flush();
        }
        else
        {
            var chars = new char[_decoder.GetCharCount(bytes.Data, flush: false)];
            _decoder.GetChars(bytes.Data, chars, flush: false);
            text.Writer.Write(chars);
        }
        return bytes.Count;
    }

    private static PyType CreateType()
    {
        var type = new PyType("BufferedWriter", null) { Module = "_io", TpName = "_io.BufferedWriter" };
        type.Method("write", static (self, data) => PyInt.From(((PyStdBinaryStream)self).Write(data)));
        type.Method("flush", static self =>
        {
            if (((PyStdBinaryStream)self).TextStream.Writer is Hosting.StandardStreamWriter { BaseStream: var stream }) stream.Flush();
            return PyNone.Instance;
        });
        type.Method("writable", static self => PyBool.True);
        type.Method("readable", static self => PyBool.False);
        type.Method("seekable", static self => PyBool.False);
        type.Method("fileno", static self => PyInt.From(((PyStdBinaryStream)self).TextStream.Name == "<stderr>" ? 2 : 1));
        type.Method("isatty", static self => PyBool.From(Hosting.DescriptorStream.IsTerminal(((PyStdBinaryStream)self).TextStream.Name == "<stderr>" ? 2 : 1)));
        return type;
    }

    private PyTextStream TextStream => text;
}
