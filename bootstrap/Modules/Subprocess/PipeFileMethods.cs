using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Subprocess;

/// <summary>The pipe file types' methods, as CPython's BufferedReader/BufferedWriter/TextIOWrapper name them.</summary>
internal static class PipeFileMethods
{
    public static PyType CreateType(string name)
    {
        var type = new PyType(name, null) { Module = "_io" };
        type.Method("read", static (self, args, kw) =>
        {
            Args.Check(self.Type.Name, "read", args, kw, 0, 1);
            return ((PyPipeFile)self).Read(args.Length == 0 || args[0] is PyNone ? -1 : Conversions.ToIndex(args[0]));
        });
        type.Method("readline", static (self, args, kw) =>
        {
            Args.Check(self.Type.Name, "readline", args, kw, 0, 1);
            return ((PyPipeFile)self).ReadLine(args.Length == 0 || args[0] is PyNone ? -1 : Conversions.ToIndex(args[0]));
        });
        type.Method("readlines", static self =>
        {
            var f = (PyPipeFile)self;
            var list = new PyList();
            for (var line = f.ReadLine(-1); line.Length() > 0; line = f.ReadLine(-1)) list.Append(line);
            return list;
        });
        type.Method("write", static (self, x) => PyInt.From(((PyPipeFile)self).Write(x)));
        type.Method("writelines", static (self, lines) =>
        {
            var it = Iteration.GetIter(lines);
            for (var v = it.Next(); v is not null; v = it.Next()) ((PyPipeFile)self).Write(v);
            return PyNone.Instance;
        });
        type.Method("flush", static self =>
        {
            ((PyPipeFile)self).CheckOpen();
            return PyNone.Instance;
        });
        type.Method("close", static self =>
        {
            ((PyPipeFile)self).Close();
            return PyNone.Instance;
        });
        type.Method("fileno", static self =>
        {
            ((PyPipeFile)self).CheckOpen();
            return PyInt.From(((PyPipeFile)self).Fd);
        });
        type.Method("isatty", static self => PyBool.False);
        type.Method("readable", static self => PyBool.From(((PyPipeFile)self).Reading));
        type.Method("writable", static self => PyBool.From(!((PyPipeFile)self).Reading));
        type.Method("seekable", static self => PyBool.False);
        type.Method("__enter__", static self => self);
        type.Method("__exit__", static (self, args, kw) =>
        {
            ((PyPipeFile)self).Close();
            return PyNone.Instance;
        });
        type.Property("closed", static self => PyBool.From(((PyPipeFile)self).Closed));
        type.Property("name", static self => PyInt.From(((PyPipeFile)self).Fd));
        if (name == "TextIOWrapper")
        {
            type.Property("encoding", static self => new PyStr(((PyPipeFile)self).Encoding));
            type.Property("errors", static self => new PyStr(((PyPipeFile)self).Errors_));
        }
        else
        {
            type.Property("mode", static self => new PyStr(((PyPipeFile)self).Reading ? "rb" : "wb"));
        }
        return type;
    }
}
