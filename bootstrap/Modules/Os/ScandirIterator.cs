using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Os;

/// <summary>What os.scandir returns: DirEntry objects of one folder; also a context manager.</summary>
public sealed class ScandirIterator(string folder, List<string> names) : PyIterator
{
    public static readonly PyType TypeObject = CreateType();
    private int _index;

    public override PyType Type => TypeObject;

    public override PyObject? Next() =>
        _index < names.Count && _index >= 0 ? new DirEntry(folder, names[_index++]) : null;

    private static PyType CreateType()
    {
        var type = new PyType("ScandirIterator", null) { Module = "posix", TpName = "posix.ScandirIterator" };
        type.Method("__enter__", static self => self);
        type.Method("__exit__", static (self, args, kw) =>
        {
            ((ScandirIterator)self)._index = int.MaxValue;
            return PyBool.False;
        });
        type.Method("close", static self =>
        {
            ((ScandirIterator)self)._index = int.MaxValue;
            return PyNone.Instance;
        });
        return type;
    }
}
