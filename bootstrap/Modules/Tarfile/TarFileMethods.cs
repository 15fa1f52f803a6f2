using System.Linq;
using System.Globalization;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Zipfile;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Tarfile;

/// <summary>TarFile's methods: getmembers/getnames/getmember, extractfile, extract(all), add, addfile, gettarinfo, list, next, close.</summary>
internal static class TarFileMethods
{
    private static readonly NativeSignature ExtractSignature = new("extract", ["self", "member", "path", "set_attrs"], 3, ["numeric_owner", "filter"]);
    private static readonly NativeSignature ExtractAllSignature = new("extractall", ["self", "path", "members"], 2, ["numeric_owner", "filter"]);
    private static readonly NativeSignature AddSignature = new("add", ["self", "name", "arcname", "recursive"], 2, ["filter"]);
    private static readonly NativeSignature AddFileSignature = new("addfile", ["self", "tarinfo", "fileobj"], 1);
    private static readonly NativeSignature GetTarInfoSignature = new("gettarinfo", ["self", "name", "arcname", "fileobj"], 3);
    private static readonly NativeSignature ListSignature = new("list", ["self", "verbose"], 1, ["members"]);

    private static PyTarFile Self(PyObject o) => (PyTarFile)o;

    private static PyObject?[] Bind(NativeSignature signature, PyObject self, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = new PyObject?[signature.Slots];
        signature.Bind(self, args, kw, a);
        return a;
    }

    /// <summary>The member to extract after the filter, or null when the filter drops it.</summary>
    private static PyTarInfo? Filtered(PyObject filter, PyTarInfo member, string root)
    {
        var result = filter.Call2(member, new PyStr(root));
        return result switch
        {
            PyNone => null,
            PyTarInfo info => info,
            _ => throw Errors.AttributeError($"'{result.Type.TpName}' object has no attribute 'name'"),
        };
    }

    private static string Out(PyObject o) => o is PyStr s ? s.Value : Text.Str(Attributes.TryGetAttr(o, "__fspath__")?.Call0() ?? o);

    public static void Add(PyType type)
    {
        type.Method("getmembers", static self => new PyList(Self(self).Members.Cast<PyObject>().ToArray()));
        type.Method("getnames", static self => new PyList(Self(self).Members.Select(m => m.Get("name")).ToArray()));
        type.Method("getmember", static (self, name) =>
        {
            _ = Self(self).Members;
            return Self(self).GetMember(name);
        });
        type.Method("next", static self => (PyObject?)Self(self).NextMember() ?? PyNone.Instance);
        type.Method("extractfile", static (self, member) =>
        {
            var tar = Self(self);
            tar.Check("r");
            _ = tar.Members;
            var info = tar.GetMember(member);
            if (!info.IsReg && !info.IsLnk) return PyNone.Instance;
            var name = tar.GetOwnAttribute("name") is PyStr n ? n.Value : "";
            return new ZipExtFile(name, 0, tar.Content(info), fromTar: true);
        });
        type.Method("extract", static (self, args, kw) =>
        {
            var a = Bind(ExtractSignature, self, args, kw);
            var tar = Self(self);
            tar.Check("r");
            var filter = ExtractionFilters.Resolve(a[5]);
            _ = tar.Members;
            var root = a[2] is null ? "" : Out(a[2]!);
            var member = Filtered(filter, tar.GetMember(a[1]!), root);
            if (member is not null) tar.Extract(member, root, a[3] is null || Truth.IsTrue(a[3]!));
            return PyNone.Instance;
        });
        type.Method("extractall", static (self, args, kw) =>
        {
            var a = Bind(ExtractAllSignature, self, args, kw);
            var tar = Self(self);
            tar.Check("r");
            var filter = ExtractionFilters.Resolve(a[4]);
            var root = a[1] is null ? "." : Out(a[1]!);
            var members = a[2] is null or PyNone ? tar.Members.ToList() : Iteration.ToArray(a[2]!).Select(tar.GetMember).ToList();
            var directories = new List<PyTarInfo>();
            foreach (var original in members)
            {
                var member = Filtered(filter, original, root);
                if (member is null) continue;
                if (member.IsDir) directories.Add(member);
                tar.Extract(member, root, !member.IsDir);
            }
            // Directories last, deepest first, so adding their files did not change their times.
            foreach (var dir in directories.OrderByDescending(d => d.Name, StringComparer.Ordinal))
            {
                PyTarFile.SetAttributes(dir, Modules.Os.PosixPathModule.Join(root, dir.Name));
            }
            return PyNone.Instance;
        });
        type.Method("add", static (self, args, kw) =>
        {
            var a = Bind(AddSignature, self, args, kw);
            Self(self).Add(Out(a[1]!), a[2] is null or PyNone ? null : Out(a[2]!), a[3] is null || Truth.IsTrue(a[3]!), a[4]);
            return PyNone.Instance;
        });
        type.Method("addfile", static (self, args, kw) =>
        {
            var a = Bind(AddFileSignature, self, args, kw);
            if (a[1] is not PyTarInfo info) throw Errors.AttributeError($"'{a[1]!.Type.TpName}' object has no attribute 'tobuf'");
            Self(self).AddFile(info, a[2]);
            return PyNone.Instance;
        });
        type.Method("gettarinfo", static (self, args, kw) =>
        {
            var a = Bind(GetTarInfoSignature, self, args, kw);
            var name = a[3] is not null and not PyNone ? Text.Str(Attributes.GetAttr(a[3]!, "name")) : Out(a[1]!);
            return (PyObject?)Self(self).InfoFor(name, a[2] is null or PyNone ? null : Out(a[2]!)) ?? PyNone.Instance;
        });
        type.Method("list", static (self, args, kw) =>
        {
            var a = Bind(ListSignature, self, args, kw);
            var verbose = a[1] is null || Truth.IsTrue(a[1]!);
            var tar = Self(self);
            var members = a[2] is null or PyNone ? tar.Members.ToList() : Iteration.ToArray(a[2]!).Cast<PyTarInfo>().ToList();
            var text = new System.Text.StringBuilder();
            foreach (var m in members)
            {
                if (verbose)
                {
                    text.Append(PyZipInfo.FileMode(m.Long("mode"))).Append(' ');
                    var owner = m.Str("uname").Length > 0 ? m.Str("uname") : m.Long("uid").ToString(CultureInfo.InvariantCulture);
                    var group = m.Str("gname").Length > 0 ? m.Str("gname") : m.Long("gid").ToString(CultureInfo.InvariantCulture);
                    text.Append(owner).Append('/').Append(group).Append(' ');
                    text.Append(m.Long("size").ToString(CultureInfo.InvariantCulture).PadLeft(10)).Append(' ');
                    var mtime = m.Get("mtime") is PyFloat f ? (long)System.Math.Floor(f.Value) : m.Long("mtime");
                    var t = DateTimeOffset.FromUnixTimeSeconds(mtime).ToLocalTime();
                    text.Append(string.Format(CultureInfo.InvariantCulture, "{0}-{1:00}-{2:00} {3:00}:{4:00}:{5:00} ", t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second));
                }
                text.Append(m.Name).Append(m.IsDir ? "/" : "").Append(' ');
                if (verbose && m.IsSym) text.Append("-> ").Append(m.Str("linkname")).Append(' ');
                if (verbose && m.IsLnk) text.Append("link to ").Append(m.Str("linkname")).Append(' ');
                text.Append('\n');
            }
            var target = Interpreter.Current.SysStdout?.Value;
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
        type.Method("__iter__", static self => Self(self).Iter());
    }
}
