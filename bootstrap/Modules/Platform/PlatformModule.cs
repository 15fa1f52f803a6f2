using System.Runtime.InteropServices;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Platform;

/// <summary>The <c>platform</c> module: the machine and OS from uname(2), the Python PyPack reproduces.</summary>
[PythonModule("platform")]
[PythonExport("system")]
[PythonExport("node")]
[PythonExport("release")]
[PythonExport("version")]
[PythonExport("machine")]
[PythonExport("processor")]
[PythonExport("uname")]
[PythonExport("platform")]
[PythonExport("architecture")]
[PythonExport("python_version")]
[PythonExport("python_version_tuple")]
[PythonExport("python_implementation")]
[PythonExport("libc_ver")]
public static unsafe partial class PlatformModule
{
    // A namedtuple in CPython: its repr shows the bare class name.
    private static readonly PyType UnameType = new("uname_result", PyTuple.TypeObject) { Module = null };

    public static void Initialize(PyModule module)
    {
        var (system, node, release, version, machine) = Uname();
        var g = module.Globals;
        g.Set("system", Constant("system", system));
        g.Set("node", Constant("node", node));
        g.Set("release", Constant("release", release));
        g.Set("version", Constant("version", version));
        g.Set("machine", Constant("machine", machine));
        g.Set("processor", Constant("processor", ""));
        g.Set("python_version", Constant("python_version", "3.11.7"));
        g.Set("python_implementation", Constant("python_implementation", "CPython"));
        g.Set("python_version_tuple", new PyBuiltinFunction("python_version_tuple", static (args, kw) =>
            PyTuple.Of(new PyStr("3"), new PyStr("11"), new PyStr("7"))));
        g.Set("uname", new PyBuiltinFunction("uname", (args, kw) => new PyStructSequence(UnameType,
            ["system", "node", "release", "version", "machine", "processor"],
            [new PyStr(system), new PyStr(node), new PyStr(release), new PyStr(version), new PyStr(machine), PyStr.Empty], 6)));
        g.Set("platform", new PyBuiltinFunction("platform", (args, kw) =>
        {
            var a = ModuleArgs.Bind("platform", args, kw, ["aliased", "terse"], 0);
            _ = a;
            // On Linux CPython ignores terse and always names the C library.
            return new PyStr($"{system}-{release}-{machine}-with-glibc{LibcVersion()}");
        }));
        g.Set("architecture", new PyBuiltinFunction("architecture", static (args, kw) =>
            PyTuple.Of(new PyStr(IntPtr.Size == 8 ? "64bit" : "32bit"), new PyStr("ELF"))));
        g.Set("libc_ver", new PyBuiltinFunction("libc_ver", static (args, kw) =>
            PyTuple.Of(new PyStr("glibc"), new PyStr(LibcVersion()))));
    }

    private static PyBuiltinFunction Constant(string name, string value) =>
        new(name, (args, kw) =>
        {
            if (args.Length > 0) throw Errors.TypeError($"{name}() takes 0 positional arguments but {args.Length} {(args.Length == 1 ? "was" : "were")} given");
            return new PyStr(value);
        });

    [LibraryImport("libc", EntryPoint = "uname")]
    private static partial int UnameCall(byte* buffer);

    [LibraryImport("libc", EntryPoint = "gnu_get_libc_version")]
    private static partial IntPtr LibcVersionCall();

    private static string LibcVersion() => Marshal.PtrToStringUTF8(LibcVersionCall()) ?? "";

    /// <summary>uname(2): struct utsname is six 65-byte fields on Linux.</summary>
    private static (string, string, string, string, string) Uname()
    {
        var buffer = stackalloc byte[65 * 6];
        if (UnameCall(buffer) != 0) return ("Linux", "", "", "", "x86_64");
        string Field(int i) => Marshal.PtrToStringUTF8((IntPtr)(buffer + 65 * i)) ?? "";
        return (Field(0), Field(1), Field(2), Field(3), Field(4));
    }
}
