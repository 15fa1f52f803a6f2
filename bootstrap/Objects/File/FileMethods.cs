using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>The file types' methods: read, readline(s), write(lines), close, flush, the context manager protocol.</summary>
internal static class FileMethods
{
    public static PyType CreateType(string name)
    {
        var type = new PyType(name, name == "TextIOWrapper" ? IoBaseTypes.TextIOBase : IoBaseTypes.BufferedIOBase) { Module = "_io", TpName = "_io." + name };
        type.Method("read", static (self, args, kw) =>
        {
            Args.Check(self.Type.Name, "read", args, kw, 0, 1);
            var n = args.Length == 0 || args[0] is PyNone ? -1 : Conversions.ToIndex(args[0]);
            return ((PyFile)self).Read(n);
        });
        type.Method("readline", static (self, args, kw) =>
        {
            Args.Check(self.Type.Name, "readline", args, kw, 0, 1);
            return ((PyFile)self).ReadLine(args.Length == 0 || args[0] is PyNone ? -1 : Conversions.ToIndex(args[0]));
        });
        type.Method("readlines", static self =>
        {
            var f = (PyFile)self;
            var list = new PyList();
            for (var line = f.ReadLine(); line.Length() > 0; line = f.ReadLine()) list.Append(line);
            return list;
        });
        type.Method("write", static (self, x) => PyInt.From(((PyFile)self).Write(x)));
        type.Method("writelines", static (self, lines) =>
        {
            var it = Iteration.GetIter(lines);
            for (var v = it.Next(); v is not null; v = it.Next()) ((PyFile)self).Write(v);
            return PyNone.Instance;
        });
        type.Method("flush", static self =>
        {
            ((PyFile)self).Flush();
            return PyNone.Instance;
        });
        type.Method("close", static self =>
        {
            ((PyFile)self).Close();
            return PyNone.Instance;
        });
        type.Method("tell", static self => PyInt.From(((PyFile)self).Tell()));
        type.Method("seek", static (self, args, kw) =>
        {
            Args.Check(self.Type.Name, "seek", args, kw, 1, 2);
            return PyInt.From(((PyFile)self).Seek(Conversions.ToIndex(args[0]), args.Length > 1 ? Conversions.ToIndex(args[1]) : 0));
        });
        type.Method("seekable", static self => PyBool.From(((PyFile)self).IsBinary && ((PyFile)self).Reading));
        type.Method("fileno", static self => PyInt.From(((PyFile)self).FileNo()));
        type.Method("readable", static self => PyBool.From(((PyFile)self).Reading));
        type.Method("writable", static self => PyBool.From(!((PyFile)self).Reading));
        type.Method("__enter__", static self => self);
        type.Method("__exit__", static (self, args, kw) =>
        {
            ((PyFile)self).Close();
            return PyBool.False;
        });
        type.Property("closed", static self => PyBool.From(((PyFile)self).Closed));
        type.Property("name", static self => new PyStr(((PyFile)self).Name));
        type.Property("mode", static self => new PyStr(((PyFile)self).Mode));
        if (name == "TextIOWrapper")
        {
            type.Property("encoding", static self => new PyStr(((PyFile)self).Encoding));
            type.Property("newlines", static self => ((PyFile)self).Newlines);
        }
        return type;
    }
}
