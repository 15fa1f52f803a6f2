using System.Linq;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Os;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Tempfile;

/// <summary>
/// The native half of <c>tempfile</c> (Lib/tempfile.py builds the rest on it): the temporary folder
/// (TMPDIR, TEMP, TMP, then /tmp) and mkdtemp, which makes a private (0700) folder with a random name
/// as CPython's does.
/// </summary>
[PythonModule("_tempfile")]
[PythonExport("gettempdir")]
[PythonExport("gettempprefix")]
[PythonExport("mkdtemp")]
[PythonExport("tempdir")]
[PythonExport("TMP_MAX")]
public static class TempfileModule
{
    private const string Characters = "abcdefghijklmnopqrstuvwxyz0123456789_";

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        var tempdir = g.Cell("tempdir");
        g.Set("tempdir", PyNone.Instance);
        g.Set("TMP_MAX", PyInt.From(10000));
        g.Set("gettempprefix", new PyBuiltinFunction("gettempprefix", static (args, kw) => new PyStr("tmp")));
        g.Set("gettempdir", new PyBuiltinFunction("gettempdir", (args, kw) => new PyStr(TempDir(tempdir))));
        g.Set("mkdtemp", new PyBuiltinFunction("mkdtemp", (args, kw) =>
        {
            var a = ModuleArgs.Bind("mkdtemp", args, kw, ["suffix", "prefix", "dir"], 0);
            var suffix = a[0] is null or PyNone ? "" : Operations.Text.Str(a[0]!);
            var prefix = a[1] is null or PyNone ? "tmp" : Operations.Text.Str(a[1]!);
            var folder = a[2] is null or PyNone ? TempDir(tempdir) : ((PyStr)OsPaths.FsPath(a[2]!)).Value;
            for (var attempt = 0; attempt < 10000; attempt++)
            {
                var name = PosixPathModule.Join(folder, prefix + RandomName() + suffix);
                if (Posix.Mkdir(name, 0x1C0) == 0) return new PyStr(PosixPathModule.AbsPath(name));
                var errno = Posix.Errno;
                if (errno != 17) throw Errors.OSError(errno, new PyStr(name));
            }
            throw Errors.Raise(Exceptions.ExceptionTypes.FileExistsError, "No usable temporary directory name found");
        }));
    }

    private static string RandomName()
    {
        Span<char> name = stackalloc char[8];
        for (var i = 0; i < name.Length; i++) name[i] = Characters[System.Random.Shared.Next(Characters.Length)];
        return new string(name);
    }

    /// <summary>tempfile.tempdir if a program set it, else the first usable of TMPDIR, TEMP, TMP, /tmp, /var/tmp, /usr/tmp, cwd.</summary>
    private static string TempDir(GlobalCell tempdir)
    {
        if (tempdir.Value is PyStr set) return set.Value;
        var candidates = new List<string>();
        foreach (var variable in new[] { "TMPDIR", "TEMP", "TMP" })
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value) candidates.Add(value);
        }
        candidates.AddRange(["/tmp", "/var/tmp", "/usr/tmp", Directory.GetCurrentDirectory()]);
        foreach (var candidate in candidates)
        {
            var folder = candidate == "." ? Directory.GetCurrentDirectory() : PosixPathModule.AbsPath(candidate);
            if (PosixPathModule.IsDir(folder) && Posix.Access(folder, 2 | 1) == 0)
            {
                tempdir.Value = new PyStr(folder);
                return folder;
            }
        }
        throw Errors.Raise(Exceptions.ExceptionTypes.FileNotFoundError, $"No usable temporary directory found in {Operations.Text.Repr(new PyList(candidates.Select(c => (PyObject)new PyStr(c)).ToArray()))}");
    }
}
