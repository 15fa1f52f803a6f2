using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Io;

/// <summary>The <c>io</c> module: the in-memory streams StringIO and BytesIO, TextIOWrapper, the IOBase classes, and the seek constants.</summary>
[PythonModule("io")]
[PythonExport("StringIO")]
[PythonExport("BytesIO")]
[PythonExport("TextIOWrapper")]
[PythonExport("IOBase")]
[PythonExport("RawIOBase")]
[PythonExport("BufferedIOBase")]
[PythonExport("TextIOBase")]
[PythonExport("SEEK_SET")]
[PythonExport("SEEK_CUR")]
[PythonExport("SEEK_END")]
[PythonExport("DEFAULT_BUFFER_SIZE")]
[PythonExport("UnsupportedOperation")]
[PythonExport("open")]
public static class IoModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("StringIO", PyMemoryStream.StringIOType);
        g.Set("BytesIO", PyMemoryStream.BytesIOType);
        g.Set("TextIOWrapper", PyTextIOWrapper.TypeObject);
        g.Set("IOBase", IoBaseTypes.IOBase);
        g.Set("RawIOBase", IoBaseTypes.RawIOBase);
        g.Set("BufferedIOBase", IoBaseTypes.BufferedIOBase);
        g.Set("TextIOBase", IoBaseTypes.TextIOBase);
        g.Set("SEEK_SET", PyInt.From(0));
        g.Set("SEEK_CUR", PyInt.From(1));
        g.Set("SEEK_END", PyInt.From(2));
        g.Set("DEFAULT_BUFFER_SIZE", PyInt.From(8192));
        g.Set("UnsupportedOperation", Exceptions.ExceptionTypes.UnsupportedOperation);
        // io.open is builtins.open, the same object.
        g.Set("open", Builtins.BuiltinsModule.OpenFunction!);
    }
}
