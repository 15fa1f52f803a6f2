namespace PyPack.Runtime.Objects;

/// <summary>str.encode / bytes.decode for the standard codecs and error handlers.</summary>
public static partial class Codecs
{
    public static PyObject Decode(PyObject data, string encoding, string errors) =>
        throw Errors.NotImplemented("decoding");
}
