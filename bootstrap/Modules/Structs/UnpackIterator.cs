using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Structs;

/// <summary>What iter_unpack returns: one tuple per struct-sized chunk of the buffer.</summary>
internal sealed class UnpackIterator(StructFormat format, byte[] data) : PyIterator
{
    public static readonly PyType TypeObject = CreateType();

    private readonly StructFormat _format = format;
    private readonly byte[] _data = data;
    private int _position;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_position >= _data.Length) return null;
        var item = _format.Unpack(_data.AsSpan(_position, (int)_format.Size));
        _position += (int)_format.Size;
        return item;
    }

    private static PyType CreateType()
    {
        var type = new PyType("unpack_iterator", null) { Module = "_struct", TpName = "_struct.unpack_iterator" };
        SlotWrappers.Add(type, "__iter__", "__next__");
        type.Method("__length_hint__", static self =>
        {
            var it = (UnpackIterator)self;
            return PyInt.From((it._data.Length - it._position) / it._format.Size);
        });
        return type;
    }
}
