using System.Runtime.InteropServices;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Pwd;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Grp;

/// <summary>The <c>grp</c> module: the group database through the C library (getgrnam, getgrgid).</summary>
[PythonModule("grp")]
[PythonExport("getgrnam")]
[PythonExport("getgrgid")]
[PythonExport("struct_group")]
public static unsafe partial class GrpModule
{
    private static readonly PyType StructType = PyStructSequence.CreateType("grp", "struct_group");

    private static readonly string[] Names = ["gr_name", "gr_passwd", "gr_gid", "gr_mem"];

    /// <summary>struct group of glibc on x86-64.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Group
    {
        public nint Name;
        public nint Password;
        public uint Gid;
        public nint* Members;
    }

    [LibraryImport("libc", EntryPoint = "getgrnam", StringMarshalling = StringMarshalling.Utf8)]
    private static partial Group* GetGrNam(string name);

    [LibraryImport("libc", EntryPoint = "getgrgid")]
    private static partial Group* GetGrGid(uint gid);

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("struct_group", StructType);
        g.Set("getgrnam", new PyBuiltinFunction("getgrnam", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("getgrnam", args, kw, ["name"], 1);
            if (a[0] is not PyStr name) throw Errors.TypeError($"getgrnam() argument must be str, not {a[0]!.Type.TpName}");
            var entry = name.Value.Contains('\0') ? null : GetGrNam(name.Value);
            if (entry is null) throw Errors.Raise(Exceptions.ExceptionTypes.KeyError, $"getgrnam(): name not found: {StrRepr.Of(name.Value)}");
            return From(entry);
        }));
        g.Set("getgrgid", new PyBuiltinFunction("getgrgid", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("getgrgid", args, kw, ["id"], 1);
            var gid = ModuleArgs.Int(a[0]!);
            var entry = gid is < 0 or > uint.MaxValue ? null : GetGrGid((uint)gid);
            if (entry is null) throw Errors.Raise(Exceptions.ExceptionTypes.KeyError, $"getgrgid(): gid not found: {gid}");
            return From(entry);
        }));
    }

    private static PyStructSequence From(Group* group)
    {
        var members = new PyList();
        for (var m = group->Members; m is not null && *m != 0; m++) members.Append(PwdModule.Text(*m));
        PyObject[] values = [PwdModule.Text(group->Name), PwdModule.Text(group->Password), PyInt.From(group->Gid), members];
        return new PyStructSequence(StructType, Names, values, values.Length);
    }
}
