using System.Runtime.InteropServices;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Pwd;

/// <summary>The <c>pwd</c> module: the password database through the C library (getpwnam, getpwuid).</summary>
[PythonModule("pwd")]
[PythonExport("getpwnam")]
[PythonExport("getpwuid")]
[PythonExport("struct_passwd")]
public static unsafe partial class PwdModule
{
    private static readonly PyType StructType = PyStructSequence.CreateType("pwd", "struct_passwd");

    private static readonly string[] Names = ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"];

    /// <summary>struct passwd of glibc on x86-64.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Passwd
    {
        public nint Name;
        public nint Password;
        public uint Uid;
        public uint Gid;
        public nint Gecos;
        public nint Dir;
        public nint Shell;
    }

    [LibraryImport("libc", EntryPoint = "getpwnam", StringMarshalling = StringMarshalling.Utf8)]
    private static partial Passwd* GetPwNam(string name);

    [LibraryImport("libc", EntryPoint = "getpwuid")]
    private static partial Passwd* GetPwUid(uint uid);

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("struct_passwd", StructType);
        g.Set("getpwnam", new PyBuiltinFunction("getpwnam", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("getpwnam", args, kw, ["name"], 1);
            if (a[0] is not PyStr name) throw Errors.TypeError($"getpwnam() argument must be str, not {a[0]!.Type.TpName}");
            var entry = name.Value.Contains('\0') ? null : GetPwNam(name.Value);
            if (entry is null) throw Errors.Raise(Exceptions.ExceptionTypes.KeyError, $"getpwnam(): name not found: {StrRepr.Of(name.Value)}");
            return From(entry);
        }));
        g.Set("getpwuid", new PyBuiltinFunction("getpwuid", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("getpwuid", args, kw, ["uid"], 1);
            var uid = ModuleArgs.Int(a[0]!);
            var entry = uid is < 0 or > uint.MaxValue ? null : GetPwUid((uint)uid);
            if (entry is null) throw Errors.Raise(Exceptions.ExceptionTypes.KeyError, $"getpwuid(): uid not found: {uid}");
            return From(entry);
        }));
    }

    private static PyStructSequence From(Passwd* p)
    {
        PyObject[] values =
        [
            Text(p->Name), Text(p->Password), PyInt.From(p->Uid), PyInt.From(p->Gid), Text(p->Gecos), Text(p->Dir), Text(p->Shell),
        ];
        return new PyStructSequence(StructType, Names, values, values.Length);
    }

    internal static PyStr Text(nint pointer) => new(Marshal.PtrToStringUTF8(pointer) ?? "");
}
