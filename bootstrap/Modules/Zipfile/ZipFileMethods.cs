using System.Linq;
using System.Globalization;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Os;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Zipfile;

/// <summary>ZipFile's methods: namelist, infolist, getinfo, read, open, extract(all), write(str), mkdir, testzip, printdir, close.</summary>
internal static class ZipFileMethods
{
    private static readonly NativeSignature ReadSignature = new("read", ["self", "name", "pwd"], 1);
    private static readonly NativeSignature OpenSignature = new("open", ["self", "name", "mode", "pwd"], 2, ["force_zip64"]);
    private static readonly NativeSignature ExtractSignature = new("extract", ["self", "member", "path", "pwd"], 2);
    private static readonly NativeSignature ExtractAllSignature = new("extractall", ["self", "path", "members", "pwd"], 3);
    private static readonly NativeSignature WriteSignature = new("write", ["self", "filename", "arcname", "compress_type", "compresslevel"], 3);
    private static readonly NativeSignature WriteStrSignature = new("writestr", ["self", "zinfo_or_arcname", "data", "compress_type", "compresslevel"], 2);
    private static readonly NativeSignature MkdirSignature = new("mkdir", ["self", "zinfo_or_directory_name", "mode"], 1);
    private static readonly NativeSignature PrintdirSignature = new("printdir", ["self", "file"], 1);

    private static PyZipFile Self(PyObject o) => (PyZipFile)o;

    private static PyObject?[] Bind(NativeSignature signature, PyObject self, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = new PyObject?[signature.Slots];
        signature.Bind(self, args, kw, a);
        return a;
    }

    private static void CheckPassword(PyObject? pwd)
    {
        if (pwd is not null and not PyNone) throw Errors.NotImplemented("encrypted zip members (pwd=)");
    }

    public static void Add(PyType type)
    {
        type.Method("namelist", static self => new PyList(Self(self).Infos.Select(i => i.Get("filename")).ToArray()));
        type.Method("infolist", static self => new PyList(Self(self).Infos.Cast<PyObject>().ToArray()));
        type.Method("getinfo", static (self, name) => Self(self).GetInfo(name));
        type.Method("read", static (self, args, kw) =>
        {
            var a = Bind(ReadSignature, self, args, kw);
            CheckPassword(a[2]);
            return PyBytes.Of(Self(self).Read(a[1]!));
        });
        type.Method("open", static (self, args, kw) =>
        {
            var a = Bind(OpenSignature, self, args, kw);
            var zip = Self(self);
            var mode = a[2] is null ? "r" : Text.Str(a[2]!);
            if (mode is not ("r" or "w")) throw Errors.ValueError("open() requires mode \"r\" or \"w\"");
            CheckPassword(a[3]);
            if (zip.Closed) throw Errors.ValueError("Attempt to use ZIP archive that was already closed");
            if (mode == "w")
            {
                if (zip.Mode == "r") throw Errors.ValueError("write() requires mode 'w', 'x', or 'a'");
                if (a[1] is PyZipInfo given) return new ZipWriteFile(zip, given);
                // Unlike writestr, open() gives a new member ZipInfo's default date (1980-01-01).
                var member = (PyZipInfo)PyZipInfo.TypeObject.Call1(new PyStr(Text.Str(a[1]!)));
                member.Set("compress_type", PyInt.From(zip.Compression));
                return new ZipWriteFile(zip, member);
            }
            var info = zip.GetInfo(a[1]!);
            return new ZipExtFile(info.Filename, info.Long("compress_type"), zip.Read(info));
        });
        type.Method("extract", static (self, args, kw) =>
        {
            var a = Bind(ExtractSignature, self, args, kw);
            CheckPassword(a[3]);
            var zip = Self(self);
            var root = a[2] is null or PyNone ? Directory.GetCurrentDirectory() : Text.Str(FsPath(a[2]!));
            return new PyStr(zip.Extract(zip.GetInfo(a[1]!), root));
        });
        type.Method("extractall", static (self, args, kw) =>
        {
            var a = Bind(ExtractAllSignature, self, args, kw);
            CheckPassword(a[3]);
            var zip = Self(self);
            var root = a[1] is null or PyNone ? Directory.GetCurrentDirectory() : Text.Str(FsPath(a[1]!));
            var members = a[2] is null or PyNone ? zip.Infos.Cast<PyObject>().ToArray() : Iteration.ToArray(a[2]!);
            foreach (var member in members) zip.Extract(zip.GetInfo(member), root);
            return PyNone.Instance;
        });
        type.Method("writestr", static (self, args, kw) =>
        {
            var a = Bind(WriteStrSignature, self, args, kw);
            var zip = Self(self);
            var info = a[1] is PyZipInfo given ? given : zip.NewInfo(Text.Str(a[1]!));
            var data = a[2] switch
            {
                PyStr s => System.Text.Encoding.UTF8.GetBytes(s.Value),
                PyBytes b => b.Data.ToArray(),
                var other => throw Errors.TypeError($"object of type '{other!.Type.TpName}' has no len()"),
            };
            if (a[3] is not null and not PyNone) info.Set("compress_type", a[3]!);
            int? level = a[4] is null or PyNone ? null : (int)ModuleArgs.Int(a[4]!);
            zip.WriteMember(info, data, level);
            return PyNone.Instance;
        });
        type.Method("write", static (self, args, kw) =>
        {
            var a = Bind(WriteSignature, self, args, kw);
            var zip = Self(self);
            if (zip.Mode == "r") throw Errors.ValueError("write() requires mode 'w', 'x', or 'a'");
            var path = Text.Str(FsPath(a[1]!));
            var info = ZipfileModule.InfoFor(path, a[2] is null or PyNone ? null : Text.Str(FsPath(a[2]!)));
            info.Set("compress_type", a[3] is null or PyNone ? PyInt.From(zip.Compression) : a[3]!);
            int? level = a[4] is null or PyNone ? null : (int)ModuleArgs.Int(a[4]!);
            var data = info.IsDir ? [] : DataFileAccess.ReadBytes(path);
            if (info.IsDir)
            {
                info.Set("compress_type", PyInt.From(0));
            }
            zip.WriteMember(info, data, level);
            return PyNone.Instance;
        });
        type.Method("mkdir", static (self, args, kw) =>
        {
            var a = Bind(MkdirSignature, self, args, kw);
            var zip = Self(self);
            var mode = a[2] is null ? 0x1FF : ModuleArgs.Int(a[2]!);
            PyZipInfo info;
            if (a[1] is PyZipInfo given)
            {
                info = given;
                if (!info.IsDir) throw Errors.ValueError("The given ZipInfo does not describe a directory");
            }
            else
            {
                var name = Text.Str(a[1]!);
                if (!name.EndsWith('/')) name += "/";
                info = zip.NewInfo(name);
                info.Set("external_attr", PyInt.From(((0x4000 | mode) & 0xFFFF) << 16 | 0x10));
            }
            info.Set("compress_type", PyInt.From(0));
            zip.WriteMember(info, [], null);
            return PyNone.Instance;
        });
        type.Method("testzip", static self =>
        {
            var zip = Self(self);
            foreach (var info in zip.Infos)
            {
                try
                {
                    zip.Read(info);
                }
                catch (Exceptions.PyException e) when (e.Value.Type == ZipfileModule.BadZipFile)
                {
                    return info.Get("filename");
                }
            }
            return PyNone.Instance;
        });
        type.Method("printdir", static (self, args, kw) =>
        {
            var a = Bind(PrintdirSignature, self, args, kw);
            var text = new System.Text.StringBuilder();
            text.Append(string.Format(CultureInfo.InvariantCulture, "{0,-46} {1,19} {2,12}\n", "File Name", "Modified    ", "Size"));
            foreach (var info in Self(self).Infos)
            {
                var dt = info.DateTime;
                var date = string.Format(CultureInfo.InvariantCulture, "{0}-{1:00}-{2:00} {3:00}:{4:00}:{5:00}", dt[0], dt[1], dt[2], dt[3], dt[4], dt[5]);
                text.Append(string.Format(CultureInfo.InvariantCulture, "{0,-46} {1} {2,12}\n", info.Filename, date, info.Long("file_size")));
            }
            var target = a[1] is null or PyNone ? Interpreter.Current.SysStdout?.Value : a[1];
            if (target is null or PyNone) Interpreter.Current.Stdout.Write(text.ToString());
            else Attributes.CallMethod1(target, "write", new PyStr(text.ToString()));
            return PyNone.Instance;
        });
        type.Method("close", static self =>
        {
            Self(self).Close();
            return PyNone.Instance;
        });
        type.Method("__enter__", static self => self);
        type.Method("__exit__", static (self, args, kw) =>
        {
            Self(self).Close();
            return PyBool.False;
        });
        type.Property("filename", static self => Self(self).FileArgument is PyStr s ? s : Attributes.TryGetAttr(Self(self).FileArgument, "name") ?? PyNone.Instance);
        type.Property("mode", static self => new PyStr(Self(self).Mode));
        type.Property("fp", static self => Self(self).Fp);
        type.Property("debug", static self => PyInt.From(0));
    }

    private static PyObject FsPath(PyObject o) =>
        o is PyStr ? o : Attributes.TryGetAttr(o, "__fspath__") is { } f ? f.Call0() : throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.TpName}");
}
